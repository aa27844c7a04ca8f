-- The care messages that count as a contact (metrics.ContactDefinition: class marketing, sent or delivered), by the
-- time they went out: the contact-frequency view, the assessment's contact measure and the month's metrics read a
-- window of them, not every message ever queued.
create index outbox_message_care_sent on outbox_message (sent_at)
    where msisdn is not null and message_class = 'marketing' and state in ('sent', 'delivered');
