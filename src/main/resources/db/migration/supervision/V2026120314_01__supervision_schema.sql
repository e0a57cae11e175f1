-- 督导评估 → 整改落实 → 销号: inspections, their findings (问题), each finding's 整改 task with its progress reports,
-- evidence and full history (dated by the day each step counts for, so the 整改台账 can be read as of any date)
create table supervision_inspection (
    id              bigserial primary key,
    scope_kind      text        not null check (scope_kind in ('ROUND', 'INDUSTRY', 'AGENCY')),
    industry_code   varchar(8)  not null references org_industry (code),
    round_id        bigint      references ledger_round (id),
    organization_id bigint      references org_organization (id),
    title           text        not null,
    inspected_on    date        not null,
    basis           text        not null default '',
    created_by      text        not null,
    created_at      timestamptz not null default now(),
    version         integer     not null default 0,
    check (scope_kind <> 'ROUND' or round_id is not null),
    check (scope_kind <> 'AGENCY' or organization_id is not null)
);
create index supervision_inspection_industry_idx on supervision_inspection (industry_code, inspected_on desc);

create table supervision_finding (
    id            bigserial primary key,
    inspection_id bigint      not null references supervision_inspection (id),
    item_id       bigint      references plan_item (id),
    severity      text        not null check (severity in ('GENERAL', 'SERIOUS', 'SEVERE')),
    description   text        not null,
    created_by    text        not null,
    created_at    timestamptz not null default now()
);
create index supervision_finding_inspection_idx on supervision_finding (inspection_id);

-- one 整改 task per finding: the owner agency, the deadline, what evidence closes it (验收标准)
create table supervision_rectification (
    id                  bigserial primary key,
    finding_id          bigint      not null unique references supervision_finding (id),
    owner_org_id        bigint      not null references org_organization (id),
    deadline            date        not null,
    acceptance_criteria text        not null,
    status              text        not null default 'IN_PROGRESS'
        check (status in ('IN_PROGRESS', 'SUBMITTED', 'RETURNED', 'CLOSED', 'CONFIRMED')),
    closed_on           date,
    recheck_on          date,
    updated_at          timestamptz not null default now(),
    version             integer     not null default 0
);
create index supervision_rectification_owner_idx on supervision_rectification (owner_org_id, status);

-- what the owner agency reported (text), each report one submission for verification
create table supervision_progress (
    id                bigserial primary key,
    rectification_id  bigint      not null references supervision_rectification (id),
    organization_id   bigint      not null references org_organization (id),
    progress_text     text        not null,
    reported_by       text        not null,
    reported_at       timestamptz not null default now(),
    reported_on       date        not null
);
create index supervision_progress_idx on supervision_progress (rectification_id, id);

-- 佐证材料 of a finding (the task force's) or of a progress report (the agency's): a file or a link
create table supervision_evidence (
    id           bigserial primary key,
    finding_id   bigint      references supervision_finding (id),
    progress_id  bigint      references supervision_progress (id),
    kind         text        not null check (kind in ('FILE', 'LINK')),
    name         text        not null,
    url          text,
    content      bytea,
    content_type text,
    size_bytes   bigint,
    uploaded_by  text        not null,
    uploaded_at  timestamptz not null default now(),
    check ((finding_id is null) <> (progress_id is null)),
    check ((kind = 'FILE' and content is not null) or (kind = 'LINK' and url is not null))
);
create index supervision_evidence_finding_idx on supervision_evidence (finding_id);
create index supervision_evidence_progress_idx on supervision_evidence (progress_id);

-- every step: on_date is the day it counts for (the inspection's date for the first, the 当前时点 for the others),
-- deadline the deadline in force after it; the status as of a day is the last step on or before it
create table supervision_history (
    id               bigserial primary key,
    rectification_id bigint      not null references supervision_rectification (id),
    at               timestamptz not null default now(),
    on_date          date        not null,
    actor            text        not null,
    from_status      text,
    to_status        text        not null,
    deadline         date        not null,
    comment          text
);
create index supervision_history_idx on supervision_history (rectification_id, on_date, id);

-- 专班 and administrators open inspections and verify; responsible units report their own 整改; leaders read
insert into access_role_permission (role_code, permission) values
    ('SYS_ADMIN', 'supervision:inspection:read'), ('TASK_FORCE', 'supervision:inspection:read'),
    ('AGENCY', 'supervision:inspection:read'), ('CITY_BUREAU', 'supervision:inspection:read'),
    ('PARK', 'supervision:inspection:read'), ('LEADER', 'supervision:inspection:read'),
    ('SYS_ADMIN', 'supervision:inspection:write'), ('TASK_FORCE', 'supervision:inspection:write'),
    ('AGENCY', 'supervision:rectification:write'), ('CITY_BUREAU', 'supervision:rectification:write'),
    ('PARK', 'supervision:rectification:write')
on conflict do nothing;
