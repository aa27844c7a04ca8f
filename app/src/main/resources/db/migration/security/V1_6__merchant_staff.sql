-- security: merchant staff (SPEC R11.1, R14.2; issue 14) log in with their own accounts and see only their
-- merchant's data. merchant_id names the merchant (the merchant module's id; no foreign key across owners):
-- set for the two merchant roles and only for them.
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check
    check (role in ('admin','supervisor','phone_manager','customer_manager','complaint_handler','analyst',
                    'merchant_admin','merchant_clerk'));
alter table app_user add column merchant_id bigint;
alter table app_user add constraint app_user_merchant_staff
    check ((role in ('merchant_admin','merchant_clerk')) = (merchant_id is not null));
create index app_user_by_merchant on app_user (merchant_id) where merchant_id is not null;
