-- 项目库: projects, their monthly investment reports, possible duplicates, and bindings of plan targets to live data
create table project (
    id                      bigserial primary key,
    ref                     varchar(20)  not null unique,
    name                    varchar(200) not null,
    name_norm               varchar(200) not null,
    enterprise_id           bigint,
    enterprise_name         varchar(200),
    enterprise_norm         varchar(200),
    industry_code           varchar(10)  not null,
    chain_code              varchar(80),
    segment_code            varchar(80),
    city_code               varchar(12)  not null,
    county_code             varchar(12),
    park_org_id             bigint,
    categories              varchar(200) not null default '',
    total_investment        numeric(20, 2) not null,
    year_planned_investment numeric(20, 2),
    plan_year               integer,
    planned_start           date,
    stage                   varchar(20)  not null,
    signed_on               date,
    started_on              date,
    building_on             date,
    completed_on            date,
    description             varchar(2000) not null default '',
    created_by              varchar(100) not null,
    created_at              timestamptz  not null default now(),
    updated_at              timestamptz  not null default now(),
    version                 integer      not null default 0
);
create index project_city on project (city_code);
create index project_industry on project (industry_code);
create index project_park on project (park_org_id);
create index project_name_norm on project (name_norm);
create index project_enterprise on project (enterprise_id);
create index project_enterprise_norm on project (enterprise_norm);
create index project_segment on project (chain_code, segment_code);

create table project_report (
    id                bigserial primary key,
    project_id        bigint       not null references project (id),
    period            char(7)      not null,
    completed         numeric(20, 2) not null,
    cumulative        numeric(20, 2) not null,
    funds_in_place    numeric(20, 2) not null default 0,
    problems          varchar(2000) not null default '',
    solver            varchar(200)  not null default '',
    reported_by       varchar(100) not null,
    reported_at       timestamptz  not null default now(),
    version           integer      not null default 0,
    unique (project_id, period)
);

create table project_duplicate (
    project_id bigint      not null references project (id),
    other_id   bigint      not null references project (id),
    reason     varchar(200) not null,
    primary key (project_id, other_id)
);

-- a plan target (plan_item_target.id) bound to live data; the ledger then shows the computed value
create table target_binding (
    target_id  bigint       primary key,
    kind       varchar(40)  not null,
    filter     varchar(2000) not null,
    created_by varchar(100) not null,
    created_at timestamptz  not null default now(),
    version    integer      not null default 0
);

insert into access_role_permission (role_code, permission) values
    ('SYS_ADMIN', 'project:project:read'), ('SYS_ADMIN', 'project:project:write'),
    ('TASK_FORCE', 'project:project:write'),
    ('SYS_ADMIN', 'project:binding:write'), ('TASK_FORCE', 'project:binding:write')
on conflict do nothing;
