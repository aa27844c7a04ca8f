-- survey: satisfaction surveys (SPEC R10.1, issue 16). A template asks, for each of seed 001's six service dimensions,
-- what the customer expects and what they received (scale 1..scale_max), then NPS (0..10) and whether they know their
-- customer manager. A send is one survey offered to one customer: by SMS link (a token kept only as its SHA-256) or
-- by staff on a phone call; a response holds the answers, one row per dimension in survey_answer.
create table survey_template (
    code        text primary key,
    name_zh     text not null,
    name_en     text not null,
    scale_max   integer not null check (scale_max in (5, 7)),
    created_at  timestamptz not null default now()
);

create table survey_item (
    template_code text not null references survey_template (code),
    position      integer not null,
    kind          text not null check (kind in ('expectation', 'perception', 'nps', 'knows_manager')),
    dimension     text check (dimension in ('attitude', 'efficiency', 'quality', 'environment', 'price', 'needs')),
    text_zh       text not null,
    text_en       text not null,
    primary key (template_code, position),
    check ((kind in ('expectation', 'perception')) = (dimension is not null))
);

-- a supervisor's draw: the share taken of each tier and branch, the window no customer is asked twice within
create table survey_sample (
    id            bigserial primary key,
    template_code text not null references survey_template (code),
    region        text,
    branch        text,
    share_percent integer not null check (share_percent between 1 and 100),
    window_days   integer not null check (window_days >= 0),
    drawn_count   integer not null,
    drawn_by      text not null,
    drawn_at      timestamptz not null
);

create table survey_send (
    id                   bigserial primary key,
    template_code        text not null references survey_template (code),
    msisdn               text not null,              -- canonical
    channel              text not null check (channel in ('sms_link', 'phone')),
    trigger              text not null check (trigger in ('sample', 'complaint', 'work_order')),
    sample_id            bigint references survey_sample (id),
    complaint_id         bigint unique,              -- one survey per closed complaint (a redelivered event adds none)
    work_order_id        bigint unique,              -- one per closed work order that is not a complaint's
    carried_satisfaction integer check (carried_satisfaction between 1 and 5), -- the closing callback's score
    token_hash           text unique,                -- SHA-256 of the link's token, hex; never the token
    sent_by              text not null,
    sent_at              timestamptz not null,
    expires_at           timestamptz not null,
    message_id           bigint,                     -- the outbox message with the link
    answered_at          timestamptz,
    check (expires_at > sent_at)
);
create index survey_send_msisdn on survey_send (msisdn, sent_at);
create index survey_send_sent on survey_send (sent_at desc);

create table survey_response (
    id                   bigserial primary key,
    send_id              bigint unique references survey_send (id), -- null: a phone answer without a link
    template_code        text not null references survey_template (code),
    msisdn               text not null,
    channel              text not null check (channel in ('sms_link', 'phone')),
    answered_at          timestamptz not null,
    recorded_by          text,                       -- the login that took a phone answer; null for the customer's own
    nps                  integer not null check (nps between 0 and 10),
    knows_manager        boolean not null,
    carried_satisfaction integer check (carried_satisfaction between 1 and 5)
);
create index survey_response_msisdn on survey_response (msisdn, answered_at);
create index survey_response_answered on survey_response (answered_at desc);

create table survey_answer (
    response_id bigint not null references survey_response (id),
    dimension   text not null check (dimension in ('attitude', 'efficiency', 'quality', 'environment', 'price', 'needs')),
    expectation integer not null check (expectation between 1 and 7),
    perception  integer not null check (perception between 1 and 7),
    primary key (response_id, dimension)
);

-- the default template: 1..7 (seed 001's questionnaire asks on a seven-point scale of agreement)
insert into survey_template (code, name_zh, name_en, scale_max) values ('default', '客户满意度调查', 'Customer satisfaction survey', 7);
insert into survey_item (template_code, position, kind, dimension, text_zh, text_en) values
('default', 1,  'expectation', 'attitude',    '您期望的服务态度（热情、礼貌、耐心）', 'The service attitude you expect (warm, polite, patient)'),
('default', 2,  'perception',  'attitude',    '您实际感受到的服务态度', 'The service attitude you received'),
('default', 3,  'expectation', 'efficiency',  '您期望的办理效率（等候短、一次办结）', 'The efficiency you expect (short waits, done in one go)'),
('default', 4,  'perception',  'efficiency',  '您实际感受到的办理效率', 'The efficiency you received'),
('default', 5,  'expectation', 'quality',     '您期望的服务质量（网络、业务准确可靠）', 'The service quality you expect (network, accurate and reliable service)'),
('default', 6,  'perception',  'quality',     '您实际感受到的服务质量', 'The service quality you received'),
('default', 7,  'expectation', 'environment', '您期望的服务环境（营业厅整洁、便利）', 'The service environment you expect (clean, convenient outlets)'),
('default', 8,  'perception',  'environment', '您实际感受到的服务环境', 'The service environment you found'),
('default', 9,  'expectation', 'price',       '您期望的资费价格（合理、透明）', 'The prices you expect (fair, clear)'),
('default', 10, 'perception',  'price',       '您实际感受到的资费价格', 'The prices you pay'),
('default', 11, 'expectation', 'needs',       '您期望需求得到满足的程度', 'How far you expect your needs to be met'),
('default', 12, 'perception',  'needs',       '您的需求实际得到满足的程度', 'How far your needs were met'),
('default', 13, 'nps',         null,          '您有多大可能向亲友推荐中国移动？（0–10分）', 'How likely are you to recommend China Mobile to a friend? (0–10)'),
('default', 14, 'knows_manager', null,        '您知道您的客户经理是谁吗？', 'Do you know who your customer manager is?');
