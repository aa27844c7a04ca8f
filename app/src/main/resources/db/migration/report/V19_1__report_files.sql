-- report: the generated monthly reports and quarterly bulletins (SPEC R12.2), kept in the database so that every
-- instance serves the same file; one per period, language and format (generating again replaces it).
create table report_file (
    id          bigserial primary key,
    kind        text not null check (kind in ('monthly', 'quarterly')),
    period      text not null,             -- 2086-04, 2086-Q2
    lang        text not null check (lang in ('zh-CN', 'en')),
    format      text not null check (format in ('pdf', 'xlsx')),
    content     bytea not null,
    bytes       bigint not null,
    created_at  timestamptz not null,
    created_by  text not null,             -- 'schedule' or the login that generated it
    unique (kind, period, lang, format)
);
create index report_file_created on report_file (created_at desc);
