-- customer: how to reach a customer besides the number (issue 11; subscribers.csv's optional
-- email and preferred_channel). Null email: none known. Null preferred_channel: the export did
-- not say, which means SMS (customer.ContactDetails). The import validates both (the engine's
-- parser); the CHECK keeps other writers to the contract's codes.
alter table subscriber add column email text;
alter table subscriber add column preferred_channel text;
alter table subscriber add constraint subscriber_preferred_channel_code check (preferred_channel in ('sms', 'email', 'call'));
