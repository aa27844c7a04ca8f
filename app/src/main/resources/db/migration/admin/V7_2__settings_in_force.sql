-- admin: every setting a province may change (docs/settings.md), one row per key that an admin
-- has set (a key without a row has its built-in default), and every change with its old and new
-- value, who made it and when. Values are text in the setting's canonical form ("188.00", "300",
-- "gotone,mzone", "Asia/Shanghai"), the same text a `retain cycle --settings FILE` holds.
create table setting (
    key        text primary key,
    value      text not null,
    changed_by text not null,
    changed_at timestamptz not null default now()
);

create table setting_change (
    id         bigserial primary key,
    key        text not null,
    old_value  text not null,
    new_value  text not null,
    changed_by text not null,
    changed_at timestamptz not null default now()
);
create index setting_change_key on setting_change (key, id desc);

-- The thresholds saved before (threshold_settings, one row per save of A, M and C together)
-- become per-setting history: each version against the one before it (the first against the
-- defaults of the time: 188.00, 300, 88.00), only what changed; the newest version is in force.
insert into setting_change (key, old_value, new_value, changed_by, changed_at)
select key, old_value, new_value, saved_by, saved_at
from (select v.version, v.saved_by, v.saved_at, k.key, k.new_value,
             coalesce(lag(k.new_value) over (partition by k.key order by v.version), k.default_value) as old_value
      from threshold_settings v
      cross join lateral (values ('zone.high-value-bill', v.high_value_bill::text, '188.00'),
                                 ('zone.outgoing-mou', v.mou_threshold::text, '300'),
                                 ('zone.min-commit', v.min_commit::text, '88.00')) k(key, new_value, default_value)) c
where new_value <> old_value
order by version, key;

insert into setting (key, value, changed_by, changed_at)
select k.key, k.value, v.saved_by, v.saved_at
from (select * from threshold_settings order by version desc limit 1) v
cross join lateral (values ('zone.high-value-bill', v.high_value_bill::text),
                           ('zone.outgoing-mou', v.mou_threshold::text),
                           ('zone.min-commit', v.min_commit::text)) k(key, value);

drop table threshold_settings;
