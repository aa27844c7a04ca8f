-- the dispatcher takes due service messages before marketing and care ones (OutboxStore.lockDue): an index for each pass
create index outbox_message_due_service on outbox_message (next_attempt_at) where state in ('queued', 'held') and message_class = 'service';
create index outbox_message_due_other on outbox_message (next_attempt_at) where state in ('queued', 'held') and message_class <> 'service';
