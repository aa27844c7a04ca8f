-- notify: the admin's message templates (issue 11 point 6). One row per template code with its
-- text in zh-CN (required) and English (optional); {variable} placeholders from the declared
-- variables only (notify.template.TemplateVariables lists those the system fills). Every save is a
-- new version, kept whole in message_template_version (the history the editor shows).
create table message_template (
    code          text primary key check (code ~ '^[a-z][a-z0-9_]{1,49}$'),
    message_class text not null check (message_class in ('service', 'marketing')),
    channels      text[] not null check (cardinality(channels) > 0 and channels <@ array['sms', 'email', 'in_app']),
    variables     text[] not null default '{}',
    subject_zh    text,
    body_zh       text not null,
    subject_en    text,
    body_en       text,
    version       integer not null default 1,
    updated_at    timestamptz not null,
    updated_by    text not null
);

create table message_template_version (
    code          text not null references message_template (code),
    version       integer not null,
    message_class text not null,
    channels      text[] not null,
    variables     text[] not null,
    subject_zh    text,
    body_zh       text not null,
    subject_en    text,
    body_en       text,
    saved_at      timestamptz not null,
    saved_by      text not null,
    primary key (code, version)
);

-- What rendering adds to marketing messages (the rules for commercial SMS): the sender's
-- signature 【…】 before the text and the opt-out line after it, per language.
create table message_template_setting (
    key        text primary key check (key in ('signature', 'opt_out_zh', 'opt_out_en')),
    value      text not null,
    updated_at timestamptz not null,
    updated_by text not null
);
