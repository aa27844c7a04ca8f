-- security: the complaint handler (SPEC R14.1, issue 13) works the complaint and work-order queues
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check
    check (role in ('admin','supervisor','phone_manager','customer_manager','complaint_handler','analyst'));
