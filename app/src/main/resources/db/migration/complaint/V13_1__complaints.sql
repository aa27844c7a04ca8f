-- complaint: the complaints of 004's five steps (SPEC R9; issue 13). One row per complaint, as
-- received from any channel; the handling itself runs as a work order (workorder module).
-- Other modules read these columns in a …ReadModel (the cycle's "complaints" fact, visits);
-- only the complaint module writes.
create table complaint (
    id            bigserial primary key,
    external_id   text unique,            -- the sending system's id (API, CSV import): a repeat returns the first
    msisdn        text not null,
    received_at   timestamptz not null,   -- when the customer complained: the facts count by this
    channel       text not null,          -- phone_manager, customer_manager, hall, hotline, online_hall, merchant, api, staff, quality, network_alarm, analysis, import
    source_class  text not null check (source_class in ('internal', 'hotline_hall', 'network', 'analysis')),
    category      text not null,
    description   text not null,
    region        text,
    branch        text,
    state         text not null default 'intake'
                  check (state in ('intake', 'filtered', 'handling', 'callback', 'closed')),
    priority      text check (priority in ('must_solve', 'regular', 'defer')),
    repeat_count  integer not null default 0,  -- earlier complaints of the same customer and problem in the window
    area_case_id  bigint,                 -- the network alarm's area-wide case this complaint joined
    work_order_id bigint,                 -- the work order that carries the handling
    closed_at     timestamptz,
    satisfaction  smallint check (satisfaction between 1 and 5)  -- from the callback (1-5)
);
create index complaint_customer on complaint (msisdn, received_at);
create index complaint_open on complaint (state) where state <> 'closed';
