-- notify: the service messages of the usage alerts (SPEC R6.1, the alert module): one template per
-- resource and one for the bill shock, so each language says the unit itself and the variables
-- stay plain numbers. Service class: the customer's own usage, not marketing.
insert into message_template (code, message_class, channels, variables, subject_zh, body_zh, subject_en, body_en, updated_at, updated_by) values
('usage_data', 'service', '{sms,email}', '{percent,used}',
 '流量使用提醒', '尊敬的客户，您本月套餐内流量已使用{percent}%（已用{used}MB），超出部分按套餐资费计费。如需加装流量包或更换套餐，请拨打10086或联系您的客户经理。',
 'Your data this month', 'Dear customer, you have used {percent}% of this month''s data allowance ({used} MB). Data beyond it is charged at your plan''s rates. To add a data pack or change plans, call 10086 or your account manager.',
 now(), 'retain'),
('usage_voice', 'service', '{sms,email}', '{percent,used}',
 '通话时长提醒', '尊敬的客户，您本月套餐内通话时长已使用{percent}%（已用{used}分钟），超出部分按套餐资费计费。如需更换套餐，请拨打10086或联系您的客户经理。',
 'Your call minutes this month', 'Dear customer, you have used {percent}% of this month''s call minutes ({used} min). Minutes beyond it are charged at your plan''s rates. To change plans, call 10086 or your account manager.',
 now(), 'retain'),
('usage_sms', 'service', '{sms,email}', '{percent,used}',
 '短信条数提醒', '尊敬的客户，您本月套餐内短信已使用{percent}%（已发{used}条），超出部分按套餐资费计费。如需更换套餐，请拨打10086或联系您的客户经理。',
 'Your text messages this month', 'Dear customer, you have used {percent}% of this month''s text messages ({used} sent). Messages beyond it are charged at your plan''s rates. To change plans, call 10086 or your account manager.',
 now(), 'retain'),
('bill_shock', 'service', '{sms,email}', '{amount}',
 '套餐外费用提醒', '尊敬的客户，您本月套餐外费用预计已达{amount}元。如需了解更适合您的套餐，请拨打10086或联系您的客户经理。',
 'Charges beyond your plan', 'Dear customer, this month''s charges beyond your plan are estimated at CNY {amount}. To find a plan that suits you better, call 10086 or your account manager.',
 now(), 'retain');

insert into message_template_version (code, version, message_class, channels, variables, subject_zh, body_zh, subject_en, body_en, saved_at, saved_by)
select code, version, message_class, channels, variables, subject_zh, body_zh, subject_en, body_en, updated_at, updated_by
from message_template where code in ('usage_data', 'usage_voice', 'usage_sms', 'bill_shock');
