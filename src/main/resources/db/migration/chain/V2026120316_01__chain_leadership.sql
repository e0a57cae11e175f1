-- 链长制 (seed lines 77, 107, 457, 597): per chain its 链长 (entered by an administrator, never filled in by the
-- platform), 包挂单位 from the organisation directory, 产业联盟/协会/创新联合体, and the plan items that are the chain's
-- own tasks.

-- one 链长 per chain; no row until an administrator enters one
create table chain_chief (
    chain_code text primary key references chain_chain (code) on delete cascade,
    name       text        not null check (length(name) between 1 and 50),
    post       text        not null check (length(post) between 1 and 100),
    updated_by text        not null,
    updated_at timestamptz not null default now(),
    version    integer     not null default 1
);

-- 包挂单位: an organisation of the org module (by id; read through its directory)
create table chain_support_agency (
    id              bigserial primary key,
    chain_code      text        not null references chain_chain (code) on delete cascade,
    organization_id bigint      not null,
    duty            text        not null default '' check (length(duty) <= 500),
    created_by      text        not null,
    created_at      timestamptz not null default now(),
    updated_by      text        not null,
    updated_at      timestamptz not null default now(),
    version         integer     not null default 0,
    unique (chain_code, organization_id)
);

-- 产业链联盟 / 行业协会 / 创新联合体
create table chain_alliance (
    id         bigserial primary key,
    chain_code text        not null references chain_chain (code) on delete cascade,
    name       text        not null check (length(name) between 1 and 100),
    kind       text        not null check (kind in ('ALLIANCE', 'ASSOCIATION', 'CONSORTIUM')),
    note       text        not null default '' check (length(note) <= 1000),
    created_by text        not null,
    created_at timestamptz not null default now(),
    updated_by text        not null,
    updated_at timestamptz not null default now(),
    version    integer     not null default 0,
    unique (chain_code, name)
);

-- 链上任务: a plan item tagged with the chain. Stored with the item's place in its plan (industry, year, item key)
-- beside the id it was tagged on, so the tag follows the item to a revised plan (and along accepted successions).
create table chain_task_tag (
    id            bigserial primary key,
    chain_code    text        not null references chain_chain (code) on delete cascade,
    plan_item_id  bigint      not null,
    industry_code varchar(8)  not null,
    plan_year     integer,
    item_key      text        not null,
    suggested     boolean     not null default false,
    created_by    text        not null,
    created_at    timestamptz not null default now(),
    version       integer     not null default 0
);
create unique index chain_task_tag_place_idx on chain_task_tag (chain_code, industry_code, coalesce(plan_year, 0), item_key);
