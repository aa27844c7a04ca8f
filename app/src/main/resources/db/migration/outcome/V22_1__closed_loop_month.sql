-- outcome: the closed loop's task figures per work month (SPEC R4.5), so the report, the rules editor and the manager
-- assessment read a few rows instead of joining a month's tasks to two months of segments per request. A month is
-- written when it is first measured (the cycle of the month after completed, or on first use for older months) and
-- replaced whole by the next month's cycle; months still waiting for their next cycle are counted live.
create table closed_loop_month (
    month     char(7) not null,  -- the work month (the tasks' cycle month)
    grouping  text not null,     -- MANAGER, RULE (each reason), FIRST_RULE, CONTACTED
    key       text not null,     -- the manager id, rule id or contacted|not_contacted; '' for no manager
    tasks     bigint not null,   -- measured tasks
    active    bigint not null,   -- still active the month after
    better    bigint not null,   -- active and in a better zone
    primary key (month, grouping, key)
);
