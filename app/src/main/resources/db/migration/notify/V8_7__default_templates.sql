-- notify: the templates shipped for the key moments the care calendar uses (SPEC R6.2-R6.5) and
-- for service messages, in zh-CN and English; the admin edits them. Marketing ones get the
-- signature and the opt-out line when rendered, so the texts here carry neither.
insert into message_template (code, message_class, channels, variables, subject_zh, body_zh, subject_en, body_en, updated_at, updated_by) values
('birthday', 'marketing', '{sms,email}', '{honorific,manager_name}',
 '生日快乐', '{honorific}，祝您生日快乐、身体健康、万事如意！您的客户经理{manager_name}敬上。',
 'Happy birthday', 'Dear {honorific}, happy birthday! Wishing you good health and every success. Your account manager, {manager_name}.',
 now(), 'retain'),
('festival', 'marketing', '{sms,email}', '{honorific,festival}',
 '{festival}快乐', '{honorific}，{festival}将至，感谢您一直以来的支持，祝您和家人节日快乐、阖家幸福！',
 'Happy {festival}', 'Happy {festival}, {honorific}! Thank you for staying with us; we wish you and your family a joyful holiday.',
 now(), 'retain'),
('points_expiry', 'marketing', '{sms,email}', '{honorific,points,date}',
 '积分即将清零提醒', '{honorific}，您有{points}积分将于{date}清零，请及时兑换话费、流量或礼品。',
 'Your points expire soon', 'Dear {honorific}, {points} of your points expire on {date}. Redeem them for credit, data or gifts before then.',
 now(), 'retain'),
('contract_expiry', 'marketing', '{sms,email}', '{honorific,plan_name,date,manager_name}',
 '合约即将到期提醒', '{honorific}，您的{plan_name}合约将于{date}到期，续约可享专属优惠，详询您的客户经理{manager_name}。',
 'Your contract ends soon', 'Dear {honorific}, your {plan_name} contract ends on {date}. Renew for an exclusive offer: ask your account manager, {manager_name}.',
 now(), 'retain'),
('payment_due', 'service', '{sms,email}', '{honorific,balance,date}',
 '余额不足提醒', '{honorific}，您的账户余额为{balance}元，为避免影响使用，请于{date}前充值缴费。',
 'Low balance', 'Dear {honorific}, your balance is CNY {balance}. Please top up before {date} to keep your service running.',
 now(), 'retain'),
('suspension_care', 'marketing', '{sms,email}', '{honorific,manager_name}',
 '停机关怀', '{honorific}，您的号码已暂停服务。如需帮助恢复使用或了解优惠，请联系您的客户经理{manager_name}。',
 'We are here to help', 'Dear {honorific}, your number is suspended. If you would like help to restore it or to hear about our offers, contact your account manager, {manager_name}.',
 now(), 'retain'),
('no_contact_reminder', 'service', '{in_app}', '{count,days}',
 '客户联系提醒', '您有{count}位客户已超过{days}天未联系，请在“我的任务”中安排回访。',
 'Customers to contact', '{count} of your customers have not been contacted for more than {days} days. Plan the calls from My tasks.',
 now(), 'retain'),
('region_event', 'marketing', '{sms}', '{honorific,event,region}',
 null, '{honorific}，受{event}影响，{region}地区请注意出行安全。如通信遇到问题，请拨打10086，我们将全力保障您的通信畅通。',
 null, 'Dear {honorific}, {event} is affecting {region}. Please stay safe. If your service is disrupted, call 10086: we are working to keep you connected.',
 now(), 'retain'),
('one_time_code', 'service', '{sms}', '{code,minutes}',
 null, '您的验证码为{code}，{minutes}分钟内有效，请勿告诉他人。',
 null, 'Your verification code is {code}, valid for {minutes} minutes. Do not share it.',
 now(), 'retain'),
('complaint_update', 'service', '{sms,email}', '{ticket,status}',
 '投诉处理进展', '您的投诉（编号{ticket}）处理进展：{status}。如有疑问请拨打10086。',
 'Your complaint', 'Update on your complaint {ticket}: {status}. Questions? Call 10086.',
 now(), 'retain');

insert into message_template_version (code, version, message_class, channels, variables, subject_zh, body_zh, subject_en, body_en, saved_at, saved_by)
select code, version, message_class, channels, variables, subject_zh, body_zh, subject_en, body_en, updated_at, updated_by from message_template;

insert into message_template_setting (key, value, updated_at, updated_by) values
('signature', '【浙江移动】', now(), 'retain'),
('opt_out_zh', '回T退订', now(), 'retain'),
('opt_out_en', 'Reply T to opt out', now(), 'retain');
