-- notify: the answers to a customer's claim of a VIP event ticket (SPEC R7.6, the campaign module's VIP events): a
-- ticket, a place on the waiting list, a ticket from the waiting list, and the refusals a customer who texted the
-- keyword gets. Service class: the answer to the customer's own request.
insert into message_template (code, message_class, channels, variables, subject_zh, body_zh, subject_en, body_en, updated_at, updated_by) values
('vip_event_ticket', 'service', '{sms}', '{title,starts,venue}',
 null, '尊敬的客户，您已成功领取“{title}”门票1张。时间：{starts}，地点：{venue}。请凭本短信入场，如不能出席请联系您的客户经理。',
 null, 'Dear customer, your ticket for "{title}" is confirmed: {starts} at {venue}. Show this message at the door; if you cannot come, tell your account manager.',
 now(), 'retain'),
('vip_event_waiting', 'service', '{sms}', '{title,starts}',
 null, '尊敬的客户，“{title}”（{starts}）门票已领完，您已进入候补名单。如有门票释放，我们将按登记先后为您补发并短信通知。',
 null, 'Dear customer, the tickets for "{title}" ({starts}) are all taken: you are on the waiting list. If a ticket comes free we will give it to you in turn and tell you by SMS.',
 now(), 'retain'),
('vip_event_promoted', 'service', '{sms}', '{title,starts,venue}',
 null, '尊敬的客户，好消息！您候补的“{title}”门票已为您补发。时间：{starts}，地点：{venue}。请凭本短信入场。',
 null, 'Good news: a ticket for "{title}" came free and is yours: {starts} at {venue}. Show this message at the door.',
 now(), 'retain'),
('vip_event_not_eligible', 'service', '{sms}', '{title}',
 null, '尊敬的客户，很抱歉，“{title}”为特邀活动，您的号码暂不在本次邀请范围内。感谢您的关注！',
 null, 'Dear customer, we are sorry: "{title}" is by invitation, and your number is not among this event''s guests. Thank you for your interest.',
 now(), 'retain'),
('vip_event_limit', 'service', '{sms}', '{title,limit}',
 null, '尊敬的客户，“{title}”每位客户限领{limit}张，您已领取或已在候补名单中，无需重复回复。',
 null, 'Dear customer, "{title}" allows {limit} ticket(s) per customer, and you already have yours or a place on the waiting list.',
 now(), 'retain'),
('vip_event_closed', 'service', '{sms}', '{title}',
 null, '尊敬的客户，“{title}”当前不在领票时间内，感谢您的关注！',
 null, 'Dear customer, tickets for "{title}" cannot be claimed at this time. Thank you for your interest.',
 now(), 'retain');

insert into message_template_version (code, version, message_class, channels, variables, subject_zh, body_zh, subject_en, body_en, saved_at, saved_by)
select code, version, message_class, channels, variables, subject_zh, body_zh, subject_en, body_en, updated_at, updated_by
from message_template where code in ('vip_event_ticket', 'vip_event_waiting', 'vip_event_promoted', 'vip_event_not_eligible',
                                     'vip_event_limit', 'vip_event_closed');
