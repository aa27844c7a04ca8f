-- complaint visits (seed 003's face-to-face visits; SPEC R9.6; issue 13 point 8). Owned by the
-- complaint module (its visit part); other modules do not read these tables.

-- The appointment windows the planner checked for a day: only these are offered when a visit is
-- booked with the customer. A window bounds the START of the visit (the visitor arrives and begins
-- inside it), as in Timefold and the Solomon instances.
create table complaint_visit_window (
    day         date not null,
    starts      time not null,
    ends        time not null check (ends > starts),
    checked_by  text not null,
    checked_at  timestamptz not null,
    primary key (day, starts)
);

-- The staff who go out: where their day starts and ends (their branch office) and their hours.
create table complaint_visitor (
    visitor_id     text primary key,
    name           text not null,
    branch         text,
    office_address text,
    office_lat     double precision not null check (office_lat between -90 and 90),
    office_lon     double precision not null check (office_lon between -180 and 180),
    works_from     time not null,
    works_to       time not null check (works_to > works_from),
    active         boolean not null default true
);

-- A visit agreed with the customer for a day, in one checked window; one per customer a day.
create table complaint_visit_booking (
    id            bigserial primary key,
    day           date not null,
    msisdn        text not null,
    complaint_id  bigint not null references complaint (id),
    window_starts time not null,
    window_ends   time not null,
    reasons       text not null,          -- 003's criteria that picked the customer: vip,repeat,clustered,escalation
    booked_by     text not null,
    booked_at     timestamptz not null,
    unique (day, msisdn)
);

-- The day's plan: planning again replaces it (one row a day). Times are minutes after midnight.
create table complaint_visit_plan (
    day                 date primary key,
    planned_at          timestamptz not null,
    planned_by          text not null,
    solver              text not null,
    solver_millis       integer not null,
    visits_planned      integer not null,
    travel_km           double precision not null,
    travel_minutes      double precision not null,
    baseline_planned    integer not null,  -- nearest neighbour on the same day, for comparison
    baseline_travel_km  double precision not null
);

create table complaint_visit_route (
    day         date not null references complaint_visit_plan (day) on delete cascade,
    visitor_id  text not null,
    leaves_at   double precision not null,
    back_at     double precision not null,
    lunch_start double precision,
    lunch_end   double precision,
    travel_km   double precision not null,
    primary key (day, visitor_id)
);

-- Each booked visit of a planned day: its place in a visitor's route, or why it could not be planned.
create table complaint_visit_stop (
    day             date not null references complaint_visit_plan (day) on delete cascade,
    booking_id      bigint not null references complaint_visit_booking (id) on delete cascade,
    visitor_id      text,
    seq             integer,
    arrival         double precision,
    starts          double precision,
    ends            double precision,
    travel_minutes  double precision,
    unplanned       text check (unplanned in ('no_location', 'no_room')),
    primary key (day, booking_id),
    check ((visitor_id is null) = (unplanned is not null))
);
