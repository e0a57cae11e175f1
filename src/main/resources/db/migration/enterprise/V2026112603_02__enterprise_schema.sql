-- 企业库: enterprises (upserted by USCC; enterprises the action plans name have no USCC and are unique by name),
-- their placements on chain segments, and the chain lists other modules fill (targets, key projects).
create table enterprise_industry_class (
    code        varchar(5) primary key,
    name        text    not null,
    level       integer not null check (level between 1 and 4),
    level_name  text    not null,
    parent_code varchar(5),
    section     varchar(1) not null
);

-- regions outside Shandong that imports may name (Shandong's own regions are org_region)
create table enterprise_other_region (
    code     varchar(6) primary key,
    name     text not null,
    province text not null
);

create table enterprise (
    id                 bigserial primary key,
    uscc               varchar(18) unique,
    name               text          not null check (length(name) between 2 and 200),
    region_code        varchar(6),
    region_name        text          not null default '',
    local              boolean       not null default false,
    industry_code      varchar(5) references enterprise_industry_class (code),
    registered_capital numeric(18, 2) check (registered_capital >= 0),
    founded_on         date,
    business_scope     text          not null default '',
    main_products      text          not null default '',
    tags               text          not null default '',
    revenue            numeric(18, 2) check (revenue >= 0),
    employees          integer check (employees >= 0),
    source             text          not null check (source in ('IMPORT', 'SEED_PLAN', 'SYNTHETIC', 'API')),
    synthetic          boolean       not null default false,
    needs_review       boolean       not null default false,
    review_note        text          not null default '',
    version            integer       not null default 0,
    created_at         timestamptz   not null default now(),
    updated_at         timestamptz   not null default now(),
    check (uscc is not null or source = 'SEED_PLAN')
);
create unique index enterprise_name_without_uscc_idx on enterprise (name) where uscc is null;
create index enterprise_region_idx on enterprise (region_code);
create index enterprise_industry_idx on enterprise (industry_code);

create table enterprise_placement (
    enterprise_id bigint      not null references enterprise (id) on delete cascade,
    chain_code    text        not null,
    segment_code  text        not null,
    role          text        not null check (role in ('LEADER', 'BACKBONE', 'SUPPORTING')),
    method        text        not null check (method in ('AUTO', 'MANUAL', 'SEED')),
    status        text        not null check (status in ('SUGGESTED', 'CONFIRMED', 'REJECTED')),
    confidence    numeric(4, 3) not null default 1,
    matched_terms text        not null default '',
    decided_by    text,
    decided_at    timestamptz,
    version       integer     not null default 0,
    primary key (enterprise_id, chain_code, segment_code)
);
create index enterprise_placement_segment_idx on enterprise_placement (chain_code, segment_code);

-- 招商目标企业: filled by the targeting module through the enterprise module's public API
create table enterprise_chain_target (
    id            bigserial primary key,
    chain_code    text        not null,
    segment_code  text,
    enterprise_id bigint references enterprise (id) on delete cascade,
    name          text        not null,
    reason        text        not null default '',
    source_module text        not null,
    created_by    text        not null,
    created_at    timestamptz not null default now(),
    version       integer     not null default 0
);

-- 重点项目: filled by the project module through the enterprise module's public API
create table enterprise_chain_project (
    id            bigserial primary key,
    chain_code    text          not null,
    segment_code  text,
    project_ref   text          not null,
    name          text          not null,
    investment    numeric(18, 2),
    stage         text          not null default '',
    source_module text          not null,
    created_by    text          not null,
    created_at    timestamptz   not null default now(),
    version       integer       not null default 0,
    unique (chain_code, project_ref)
);
