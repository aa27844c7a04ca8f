-- segment: one row per subscriber and cycle month (segments.csv)
create table segment (
    month         char(7) not null,
    msisdn        text not null,
    tier          text not null,
    tier_source   text not null,
    zone          text not null,
    rule          text not null,
    bill_m1       numeric(12,2),
    mou_m1        bigint,
    bill_m2       numeric(12,2),
    mou_m2        bigint,
    state_m1      text,
    churn_score   numeric(8,6) not null,
    value_at_risk numeric(14,2) not null,
    primary key (month, msisdn)
);
create index segment_msisdn on segment (msisdn, month);
create index segment_month_zone on segment (month, zone);
