-- customer: an opaque key for each subscriber, used in URLs, links and API paths instead of the
-- phone number (SPEC R14.3: URLs end up in logs, browser histories and referrers).
-- The database draws it: existing rows get one here, every later insert through the default,
-- whichever way the import writes (upsert, plain insert, or the empty-table load that rebuilds
-- the indexes). An update never changes it, so a bookmarked customer page stays valid.
--
-- "Not null" is a CHECK constraint on purpose: the import's staging tables copy the columns with
-- CREATE TABLE ... (LIKE subscriber), which copies NOT NULL but neither defaults nor CHECKs; the
-- staged rows never carry a key (the database gives it on the insert into subscriber).
alter table subscriber add column customer_key uuid default gen_random_uuid();
alter table subscriber add constraint subscriber_customer_key_present check (customer_key is not null);
alter table subscriber add constraint subscriber_customer_key unique (customer_key);
