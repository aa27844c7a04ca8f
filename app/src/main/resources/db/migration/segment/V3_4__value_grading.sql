-- value grading (SPEC R2.4, docs/value-grading.md): each subscriber's RFM scores (1–5, quintiles over the
-- month's scored base), the RFM cell ("545"), the value grade (one of eight, e.g. important_value) and the
-- lifetime-value estimate in CNY. Null in months cycled before value grading and for subscribers who have left.
alter table segment
    add column rfm_r       smallint,
    add column rfm_f       smallint,
    add column rfm_m       smallint,
    add column rfm         char(3),
    add column value_grade text,
    add column clv         numeric(12,2);
-- the same as warning-rule facts (engine FactNames): rfm_r, rfm_f, rfm_m are CEL ints (0 in months before value grading)
alter table rule_facts
    add column rfm_r       bigint not null default 0,
    add column rfm_f       bigint not null default 0,
    add column rfm_m       bigint not null default 0,
    add column rfm         text,
    add column value_grade text,
    add column clv         double precision;
