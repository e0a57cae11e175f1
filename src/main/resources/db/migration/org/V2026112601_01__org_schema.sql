-- 组织机构: administrative regions, industries, organisations (agencies, task forces, bureaus, parks) and their aliases
create table org_region (
    code        varchar(6) primary key,
    name        text       not null,
    parent_code varchar(6) references org_region (code),
    level       text       not null check (level in ('province', 'city', 'county'))
);

create table org_industry (
    code        varchar(8) primary key,
    name        text       not null unique,
    parent_code varchar(8) references org_industry (code),
    plan_title_keyword text not null
);

create table org_organization (
    id            bigserial primary key,
    name          text        not null unique,
    kind          text        not null check (kind in ('PROVINCE_DEPT', 'CENTRAL_IN_PROVINCE', 'CITY_GOV', 'TASK_FORCE',
                                                       'CITY_BUREAU', 'COUNTY_BUREAU', 'PARK', 'PLACEHOLDER', 'OTHER')),
    region_code   varchar(6)  references org_region (code),
    industry_code varchar(8)  references org_industry (code),
    needs_review  boolean     not null default false,
    note          text,
    version       integer     not null default 0,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);

create table org_organization_alias (
    alias           text primary key,
    organization_id bigint not null references org_organization (id) on delete cascade
);

create index org_organization_kind_idx on org_organization (kind);
create index org_region_parent_idx on org_region (parent_code);
