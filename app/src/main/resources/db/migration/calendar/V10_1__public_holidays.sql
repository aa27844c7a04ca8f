-- calendar (issue 11 point 7, issue 13's working-time calendar): the State Council's public holidays and
-- make-up working days (调休), one row per day. Seeded at start-up from the engine's shipped table
-- (calendar/public-holidays.csv) for each year not yet on file; the admin adds or replaces a year whole.
create table public_holiday (
    date       date primary key,
    year       integer not null,      -- the arrangement's year (a break's days may reach into the next one)
    kind       text not null check (kind in ('holiday', 'workday')),
    holiday    text not null,         -- the engine's code of the break: spring, national-day, …
    name_zh    text not null,
    name_en    text not null,
    source     text not null check (source in ('shipped', 'admin')),
    changed_by text not null,         -- retain for the shipped table, else the admin's login
    changed_at timestamptz not null
);
create index public_holiday_year on public_holiday (year, date);
