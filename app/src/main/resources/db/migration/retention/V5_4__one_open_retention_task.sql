-- retention: one open retention task per customer (SPEC R4.2). A later month's task supersedes the
-- customer's open task of an earlier month: the older one is closed as 'superseded' and kept, with
-- superseded_by naming its successor; its reasons and follow-up date carry into the successor; its
-- contacts stay linked to it (the successor shows them through superseded_by).

-- reasons are ';'-separated rule ids, strongest first: the newer task's, then the older's not yet listed
create function task_merge_reasons(newer text, older text) returns text language sql immutable as $$
    select coalesce(string_agg(reason, ';' order by first_seen), '')
    from (select reason, min(position) as first_seen
          from (select trim(r) as reason, n as position
                from unnest(string_to_array(coalesce(newer, ''), ';')) with ordinality as a(r, n)
                union all
                select trim(r), 1000000 + n
                from unnest(string_to_array(coalesce(older, ''), ';')) with ordinality as b(r, n)) listed
          where reason <> ''
          group by reason) merged
$$;

alter table task drop constraint task_status_check;
alter table task add constraint task_status_check check (status in ('open', 'done', 'cancelled', 'superseded'));
alter table task add column superseded_by text;
create index task_superseded_by on task (superseded_by) where superseded_by is not null;
-- a task's contacts (the chain of superseded tasks shows them; a cycle keeps a task that has some)
create index contact_task on contact (task_id) where task_id is not null;

-- existing databases: of a customer's open retention tasks the newest month's stays open, the older ones
-- are superseded by it (the kinds: the monthly cycle's, retention.CycleTaskKinds)
with ranked as (
    select task_id, msisdn, row_number() over (partition by msisdn order by month desc, task_id desc) as rank
    from task where status = 'open' and kind in ('retention', 'winback', 'upgrade', 'care')
)
update task o set status = 'superseded', superseded_by = keeper.task_id, closed_at = now(), updated_at = now()
from ranked older join ranked keeper on keeper.msisdn = older.msisdn and keeper.rank = 1
where o.task_id = older.task_id and older.rank > 1;

-- and the older tasks' reasons and follow-up date carry into the one kept open, as a new month's task does
with carried as (
    select superseded_by as task_id,
           string_agg(reasons, ';' order by month desc, task_id desc) as reasons,
           (array_agg(follow_up_date order by month desc, task_id desc) filter (where follow_up_date is not null))[1] as follow_up_date
    from task where status = 'superseded' group by superseded_by
)
update task t set reasons = task_merge_reasons(t.reasons, c.reasons),
                  follow_up_date = coalesce(t.follow_up_date, c.follow_up_date),
                  due_date = coalesce(t.follow_up_date, c.follow_up_date, t.due_date),
                  updated_at = now()
from carried c where t.task_id = c.task_id and t.status = 'open';

-- the database's guard: a second open retention task for a customer is refused
create unique index task_one_open_per_customer on task (msisdn)
    where status = 'open' and kind in ('retention', 'winback', 'upgrade', 'care');
