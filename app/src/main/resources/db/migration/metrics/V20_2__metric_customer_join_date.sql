-- metric_customer keeps the subscriber's join date at the refresh: with the tier and region already there, the
-- newest month's rows are the per-customer aggregate the contact-frequency view and the supervisor dashboard read
-- instead of joining the assigned customers to a million subscribers and segments per request (docs/performance.md).
-- Rows written before this have none; readers treat them as missing until the month is refreshed again.
alter table metric_customer add column join_date date;
