-- merchant: customers' complaints about a partner merchant (SPEC R11.3; issue 14). Each one is handled as a work
-- order of the workorder module (channel and category 'merchant', opened through WorkOrders.open in the same
-- transaction); this table says which merchant it is about and keeps the merchant's own result. The order's state,
-- deadline and callback stay in work_order (read in merchant/internal/MerchantComplaintReadModel), never copied here.

create table merchant_complaint (
    id            bigserial primary key,
    merchant_id   bigint not null references merchant (id),
    work_order_id bigint not null unique,     -- workorder's work_order.id (another module's table: no foreign key)
    msisdn        text not null,              -- canonical, as the work order has it
    description   text not null check (length(description) between 1 and 2000),
    created_at    timestamptz not null,
    created_by    text not null,
    result        text check (length(result) between 1 and 2000),   -- the merchant's result, as last entered
    result_at     timestamptz,
    result_by     text,
    check ((result is null) = (result_at is null) and (result is null) = (result_by is null))
);
create index merchant_complaint_of on merchant_complaint (merchant_id, created_at);
