-- workorder: complaints about partner merchants (SPEC R11.3; issue 14). The merchant module opens them as work
-- orders of channel 'merchant' and category 'merchant'; they go to the alliance team's own queue, ahead of the
-- rule that sends a diamond customer's orders to VIP care (the merchant relationship is what needs handling),
-- with a time limit of three business days (one when the complaint must be solved). The admin edits all three on
-- /admin/work-orders like any other rule, queue or limit.

insert into work_queue (code, name_zh, name_en, department) values ('merchant_alliance', '商家联盟', 'Merchant alliance', 'alliance')
    on conflict (code) do nothing;
insert into work_routing_rule (position, category, region, customer_class, queue) values (5, 'merchant', null, null, 'merchant_alliance');
insert into work_time_limit (category, priority, limit_minutes, warn_minutes) values
    ('merchant', null, 1260, 240),
    ('merchant', 'must_solve', 420, 120)
    on conflict do nothing;
