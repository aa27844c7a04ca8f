-- campaign: an answer to an offer is recorded once per form (issue 15 review). The retention pages send a key made with
-- the form; the same key again (a double click, a resubmitted form) answers the first answer instead of taking stock and
-- adding a row a second time. Null for answers recorded before the key existed or without a form.
alter table offer_response add column form_key text check (length(form_key) between 1 and 100);
create unique index offer_response_form_key on offer_response (form_key) where form_key is not null;
