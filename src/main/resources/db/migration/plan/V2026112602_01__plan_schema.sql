-- 行动计划: imported plan documents, plans (versioned per industry and year), items, responsibilities, targets
create table plan_document (
    id          bigserial primary key,
    sha256      char(64)    not null unique,
    file_name   text        not null,
    size_bytes  bigint      not null,
    imported_by text        not null,
    imported_at timestamptz not null default now(),
    warnings    text        not null default ''
);

-- an import in progress: the parsed document as JSON, correctable item by item before it is committed
create table plan_import_draft (
    id          bigserial primary key,
    sha256      char(64)    not null,
    file_name   text        not null,
    size_bytes  bigint      not null,
    parsed_json text        not null,
    created_by  text        not null,
    created_at  timestamptz not null default now(),
    committed   boolean     not null default false,
    version     integer     not null default 0
);

create table plan_plan (
    id             bigserial primary key,
    document_id    bigint      not null references plan_document (id),
    industry_code  varchar(8)  references org_industry (code),
    title          text        not null,
    industry_name  text        not null,
    year           integer,
    revision       integer     not null default 1,
    status         text        not null default 'ACTIVE' check (status in ('ACTIVE', 'SUPERSEDED')),
    content_hash   char(64)    not null,
    version        integer     not null default 0,
    created_at     timestamptz not null default now()
);
create unique index plan_plan_active_uq on plan_plan (coalesce(industry_code, title), coalesce(year, 0)) where status = 'ACTIVE';

create table plan_item (
    id        bigserial primary key,
    plan_id   bigint  not null references plan_plan (id) on delete cascade,
    parent_id bigint  references plan_item (id) on delete cascade,
    seq       integer not null,
    item_key  text    not null,
    kind      text    not null check (kind in ('GOAL', 'TASK', 'MEASURE')),
    part      text    not null,
    section   text,
    number    text    not null,
    clause    integer,
    heading   text,
    text      text    not null,
    deadline  date,
    version   integer not null default 0,
    unique (plan_id, item_key)
);
create index plan_item_plan_idx on plan_item (plan_id, seq);

create table plan_responsibility (
    item_id         bigint  not null references plan_item (id) on delete cascade,
    organization_id bigint  not null references org_organization (id),
    role            text    not null check (role in ('LEAD', 'SUPPORT')),
    position        integer not null,
    primary key (item_id, organization_id, role)
);
create index plan_responsibility_org_idx on plan_responsibility (organization_id, role);

create table plan_target (
    id        bigserial primary key,
    item_id   bigint  not null references plan_item (id) on delete cascade,
    seq       integer not null,
    text      text    not null,
    metric    text,
    value     numeric,
    low       numeric,
    high      numeric,
    unit      text    not null default '',
    qualifier text    not null check (qualifier in ('MIN', 'MAX', 'APPROX', 'EXACT', 'RANGE'))
);
create index plan_target_item_idx on plan_target (item_id);
