-- notify: the SMS that carries a customer's self-service tariff advice link (SPEC R7.4, the campaign module). Service
-- class: the customer's own bills, sent by their manager with the customer's agreement; the link is the secret part.
insert into message_template (code, message_class, channels, variables, subject_zh, body_zh, subject_en, body_en, updated_at, updated_by) values
('tariff_advice', 'service', '{sms}', '{link,days,months}',
 null, '尊敬的客户，您的资费测算结果已生成：按您近{months}个月的实际使用，各套餐的月均费用及推荐套餐请查看 {link} （{days}天内有效）。如需更换套餐，请拨打10086或联系您的客户经理。',
 null, 'Dear customer, your tariff comparison is ready: what each plan would have cost on your last {months} months'' usage, and the plan we recommend, at {link} (valid for {days} days). To change plans, call 10086 or your account manager.',
 now(), 'retain');

insert into message_template_version (code, version, message_class, channels, variables, subject_zh, body_zh, subject_en, body_en, saved_at, saved_by)
select code, version, message_class, channels, variables, subject_zh, body_zh, subject_en, body_en, updated_at, updated_by
from message_template where code = 'tariff_advice';
