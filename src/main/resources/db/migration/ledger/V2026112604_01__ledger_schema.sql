-- 工作台账: progress rounds (调度), reports per item and lead agency, values per target, evidence, history
create table ledger_round (
    id            bigserial primary key,
    industry_code varchar(8)  references org_industry (code),
    period_kind   text        not null check (period_kind in ('MONTH', 'QUARTER')),
    period_label  text        not null,
    period_start  date        not null,
    period_end    date        not null,
    due_date      date        not null,
    status        text        not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    demo          boolean     not null default false,
    opened_by     text        not null,
    opened_at     timestamptz not null default now(),
    closed_at     timestamptz,
    version       integer     not null default 0,
    check (period_end >= period_start)
);
create unique index ledger_round_period_uq on ledger_round (coalesce(industry_code, '*'), period_kind, period_label);

create table ledger_report (
    id              bigserial primary key,
    round_id        bigint      not null references ledger_round (id),
    item_id         bigint      not null references plan_item (id),
    -- the item's identity across plan revisions, so progress carries over when a plan is revised
    industry_code   varchar(8),
    plan_year       integer,
    item_key        text        not null,
    organization_id bigint      not null references org_organization (id),
    status          text        not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED')),
    progress_text   text        not null default '',
    percent_done    numeric(5, 2) check (percent_done is null or (percent_done >= 0 and percent_done <= 100)),
    self_status     text        check (self_status in ('DONE', 'ON_TRACK', 'BEHIND', 'SEVERELY_BEHIND')),
    problems        text        not null default '',
    submitted_at    timestamptz,
    reviewed_by     text,
    reviewed_at     timestamptz,
    review_comment  text,
    created_by      text        not null,
    updated_at      timestamptz not null default now(),
    version         integer     not null default 0,
    unique (round_id, item_id, organization_id)
);
create index ledger_report_item_idx on ledger_report (item_id, status);
create index ledger_report_lineage_idx on ledger_report (industry_code, plan_year, item_key) where status = 'ACCEPTED';
create index ledger_report_org_idx on ledger_report (organization_id, round_id);

create table ledger_report_value (
    report_id bigint  not null references ledger_report (id) on delete cascade,
    target_id  bigint  not null references plan_target (id),
    target_seq integer not null,
    value      numeric not null,
    primary key (report_id, target_id)
);

create table ledger_evidence (
    id           bigserial primary key,
    report_id    bigint      not null references ledger_report (id) on delete cascade,
    kind         text        not null check (kind in ('FILE', 'LINK')),
    name         text        not null,
    url          text,
    content      bytea,
    content_type text,
    size_bytes   bigint,
    uploaded_by  text        not null,
    uploaded_at  timestamptz not null default now(),
    check ((kind = 'FILE' and content is not null) or (kind = 'LINK' and url is not null))
);
create index ledger_evidence_report_idx on ledger_evidence (report_id);

create table ledger_report_history (
    id          bigserial primary key,
    report_id   bigint      not null references ledger_report (id) on delete cascade,
    at          timestamptz not null default now(),
    actor       text        not null,
    from_status text,
    to_status   text        not null,
    comment     text
);
create index ledger_report_history_idx on ledger_report_history (report_id, id);

-- 配合单位 notes on an item in a round
create table ledger_support_note (
    id              bigserial primary key,
    round_id        bigint      not null references ledger_round (id),
    item_id         bigint      not null references plan_item (id),
    organization_id bigint      not null references org_organization (id),
    note            text        not null,
    created_by      text        not null,
    created_at      timestamptz not null default now()
);
create index ledger_support_note_idx on ledger_support_note (round_id, item_id);

-- a task force's expected-progress profile for a target: the share expected by the end of each month (1..12)
create table ledger_target_profile (
    target_id      bigint primary key references plan_target (id),
    monthly_shares numeric[] not null check (array_length(monthly_shares, 1) = 12),
    set_by         text        not null,
    set_at         timestamptz not null default now(),
    version        integer     not null default 0
);

insert into access_role_permission (role_code, permission) values
    ('SYS_ADMIN', 'ledger:round:manage'), ('SYS_ADMIN', 'ledger:report:review'), ('SYS_ADMIN', 'ledger:ledger:read'),
    ('TASK_FORCE', 'ledger:ledger:read'), ('AGENCY', 'ledger:ledger:read'), ('LEADER', 'ledger:ledger:read'),
    ('CITY_BUREAU', 'ledger:ledger:read'), ('PARK', 'ledger:ledger:read')
on conflict do nothing;
