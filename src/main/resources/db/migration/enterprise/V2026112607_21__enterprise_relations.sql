-- 企业关系: enterprise → enterprise relations imported from CSV/XLSX (供应/采购, 投资, 合作).
-- SUPPLY: from supplies to; INVESTMENT: from invests in to; COOPERATION is symmetric and stored with from_id < to_id.
create table enterprise_relation (
    id          bigserial primary key,
    from_id     bigint        not null references enterprise (id) on delete cascade,
    to_id       bigint        not null references enterprise (id) on delete cascade,
    kind        text          not null check (kind in ('SUPPLY', 'INVESTMENT', 'COOPERATION')),
    amount      numeric(18, 2) check (amount >= 0),
    source      text          not null check (length(source) between 1 and 200),
    created_by  text          not null,
    created_at  timestamptz   not null default now(),
    updated_at  timestamptz   not null default now(),
    version     integer       not null default 0,
    check (from_id <> to_id),
    check (kind <> 'COOPERATION' or from_id < to_id),
    unique (from_id, to_id, kind)
);
create index enterprise_relation_to_idx on enterprise_relation (to_id);
