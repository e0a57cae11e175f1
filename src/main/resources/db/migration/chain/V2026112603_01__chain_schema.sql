-- 产业链目录: the YAML catalog stored in the database so the task force can edit it. The loader inserts only
-- missing rows, so edits (flagged edited = true) survive restarts.
create table chain_chain (
    code                text primary key check (code ~ '^[a-z0-9][a-z0-9-]*$'),
    name                text        not null,
    industry_code       varchar(8)  not null,
    industry_name       text        not null,
    basis               text        not null check (basis in ('NAMED_IN_SEED', 'DERIVED_FROM_SEED')),
    source_note         text        not null default '',
    note                text        not null default '',
    file                text        not null default '',
    sort_order          integer     not null default 0,
    -- 短板环节阈值: a segment is weak when its local share of placed enterprises is below this percentage
    gap_share_threshold numeric(5, 2) not null default 20 check (gap_share_threshold between 0 and 100),
    version             integer     not null default 0,
    updated_at          timestamptz not null default now()
);

create table chain_segment (
    chain_code  text        not null references chain_chain (code) on delete cascade,
    code        text        not null check (code ~ '^[a-z0-9][a-z0-9-]*$'),
    name        text        not null check (length(name) between 1 and 60),
    stage       text        not null check (stage in ('UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM')),
    depth       integer     not null check (depth >= 0),
    parent_code text,
    sort_order  integer     not null default 0,
    -- terms separated by '|' (a term never contains it: the service refuses one that does)
    keywords    text        not null default '',
    products    text        not null default '',
    gbt_codes   text        not null default '',
    edited      boolean     not null default false,
    version     integer     not null default 0,
    updated_at  timestamptz not null default now(),
    primary key (chain_code, code),
    foreign key (chain_code, parent_code) references chain_segment (chain_code, code)
);

-- 卡脖子技术 / 人才需求: editable lists per chain
create table chain_list_item (
    id           bigserial primary key,
    chain_code   text        not null references chain_chain (code) on delete cascade,
    kind         text        not null check (kind in ('CHOKE_POINT', 'TALENT')),
    title        text        not null check (length(title) between 1 and 200),
    detail       text        not null default '',
    segment_code text,
    version      integer     not null default 0,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    foreign key (chain_code, segment_code) references chain_segment (chain_code, code)
);

create index chain_chain_industry_idx on chain_chain (industry_code);
create index chain_list_item_chain_idx on chain_list_item (chain_code, kind);
