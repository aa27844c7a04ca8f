-- security: a partner merchant's own till calls the counter API with an API key bound to the merchant (issue 14):
-- no password hash to check on every call. Such a client has the counter scope and nothing else; no other client has it.
alter table api_client add column merchant_id bigint;
alter table api_client add constraint api_client_merchant_till
    check ((merchant_id is null) = not (scopes @> array['counter:write']) and (merchant_id is null or scopes = array['counter:write']));
create index api_client_by_merchant on api_client (merchant_id) where merchant_id is not null;
