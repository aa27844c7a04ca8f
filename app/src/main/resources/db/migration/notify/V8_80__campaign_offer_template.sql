-- notify: a campaign's offer message (issue 15, the campaign module's campaigns): marketing class, so the whole contact
-- policy applies (and the signature and opt-out line are added); {offer} is the campaign's offers' names.
insert into message_template (code, message_class, channels, variables, subject_zh, body_zh, subject_en, body_en, updated_at, updated_by) values
('campaign_offer', 'marketing', '{sms,email}', '{offer}',
 '您的专属优惠', '尊敬的客户，感谢您一直以来的支持！我们为您准备了专属优惠：{offer}。回复 1 了解详情或拨打10086办理。',
 'An offer for you', 'Dear customer, thank you for staying with us! We have an offer for you: {offer}. Reply 1 to learn more, or call 10086.',
 now(), 'retain');

insert into message_template_version (code, version, message_class, channels, variables, subject_zh, body_zh, subject_en, body_en, saved_at, saved_by)
select code, version, message_class, channels, variables, subject_zh, body_zh, subject_en, body_en, updated_at, updated_by
from message_template where code = 'campaign_offer';
