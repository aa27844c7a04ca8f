-- notify: the SMS with a satisfaction survey link (SPEC R10.1, the survey module). Service class: it asks about the
-- service the customer received (after a complaint closed, or drawn in a sample); as marketing the weekly and monthly
-- caps could hold it past the link's expiry. Opt-outs, DND and quiet hours still apply. The link is the secret part.
insert into message_template (code, message_class, channels, variables, subject_zh, body_zh, subject_en, body_en, updated_at, updated_by) values
('survey_link', 'service', '{sms}', '{link,days}',
 null, '尊敬的客户，为了不断改进服务，诚邀您用1分钟评价我们的服务：{link} （{days}天内有效，仅可提交一次）。感谢您的支持！',
 null, 'Dear customer, help us improve: rate our service in one minute at {link} (valid for {days} days, one answer). Thank you!',
 now(), 'retain');

insert into message_template_version (code, version, message_class, channels, variables, subject_zh, body_zh, subject_en, body_en, saved_at, saved_by)
select code, version, message_class, channels, variables, subject_zh, body_zh, subject_en, body_en, updated_at, updated_by
from message_template where code = 'survey_link';
