-- 上市后备资源库: one row per enterprise in the reserve, and one step per stage it reached with the day (source DATA
-- when the listed-company data set it: 上市 on the 上市日期)
create table listing_candidate (
    id              bigserial primary key,
    enterprise_id   bigint        not null unique,
    enterprise_name varchar(200)  not null,
    region_code     varchar(12)   not null,
    city_code       varchar(12)   not null,
    industry_code   varchar(10)   not null references org_industry (code),
    stage           varchar(20)   not null,
    target_board    varchar(40)   not null default '',
    notes           varchar(2000) not null default '',
    created_by      varchar(100)  not null,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    version         integer       not null default 0
);
create index listing_candidate_city on listing_candidate (city_code);
create index listing_candidate_industry on listing_candidate (industry_code);

create table listing_step (
    id           bigserial primary key,
    candidate_id bigint        not null references listing_candidate (id),
    stage        varchar(20)   not null,
    on_date      date          not null,
    source       varchar(10)   not null check (source in ('MANUAL', 'DATA')),
    note         varchar(1000) not null default '',
    by_user      varchar(100)  not null,
    at           timestamptz   not null default now(),
    unique (candidate_id, stage)
);
create index listing_step_listed on listing_step (stage, on_date);

insert into access_role_permission (role_code, permission) values
    ('SYS_ADMIN', 'listing:candidate:read'), ('TASK_FORCE', 'listing:candidate:read'),
    ('AGENCY', 'listing:candidate:read'), ('CITY_BUREAU', 'listing:candidate:read'),
    ('PARK', 'listing:candidate:read'), ('LEADER', 'listing:candidate:read'),
    ('SYS_ADMIN', 'listing:candidate:write'), ('TASK_FORCE', 'listing:candidate:write'),
    ('CITY_BUREAU', 'listing:candidate:write')
on conflict do nothing;
