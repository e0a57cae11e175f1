-- 专班认定短板: weak links the task force declares, first those the seed itself names (declared-gaps.csv). A seed row
-- keeps its line and verbatim quote; the task force edits the reason or withdraws it (kept, status WITHDRAWN).
create table chain_declared_gap (
    id             bigserial primary key,
    chain_code     text        not null references chain_chain (code) on delete cascade,
    segment_code   text        not null,
    term           text        not null check (length(term) between 1 and 100),
    reason         text        not null check (length(reason) between 1 and 2000),
    origin         text        not null check (origin in ('SEED', 'TASK_FORCE')),
    seed_line      integer,
    seed_quote     text,
    status         text        not null default 'ACTIVE' check (status in ('ACTIVE', 'WITHDRAWN')),
    withdrawn_note text        not null default '',
    created_by     text        not null,
    created_at     timestamptz not null default now(),
    updated_by     text        not null,
    updated_at     timestamptz not null default now(),
    version        integer     not null default 0,
    foreign key (chain_code, segment_code) references chain_segment (chain_code, code),
    check (origin = 'TASK_FORCE' or (seed_line is not null and seed_quote is not null))
);
create index chain_declared_gap_chain_idx on chain_declared_gap (chain_code, status);

-- 卡脖子技术 / 人才需求 entries taken from the seed keep where they come from
alter table chain_list_item add column seed_line integer;
alter table chain_list_item add column seed_quote text;

-- every seed row ever stored, so a row the task force withdrew or deleted is not stored again on the next start
create table chain_seed_row (
    kind      text        not null,
    key       text        not null,
    loaded_at timestamptz not null default now(),
    primary key (kind, key)
);
