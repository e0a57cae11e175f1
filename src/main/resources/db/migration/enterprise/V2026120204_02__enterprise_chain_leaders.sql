-- 链主 assignments with their basis (chain/chain-leaders.csv): the seed names the enterprise (SEED) or it has the
-- largest FY2024 revenue among Shandong listed companies making the chain's products (LISTED). Keyed by stock
-- code and name so they apply to whatever enterprise rows exist; applied once per enterprise (then the task
-- force's decisions on the placement stand).
create table enterprise_chain_leader (
    id           bigserial primary key,
    chain_code   text          not null,
    segment_code text          not null,
    name         text          not null default '',
    stock_code   text          not null default '',
    seed_name    text          not null default '',
    basis_kind   text          not null check (basis_kind in ('SEED', 'LISTED')),
    basis        text          not null,
    seed_line    integer,
    revenue      numeric(18, 2),
    revenue_year integer,
    matched_term text          not null default '',
    unique (chain_code, segment_code, stock_code, seed_name)
);

create table enterprise_chain_leader_applied (
    leader_id     bigint      not null references enterprise_chain_leader (id) on delete cascade,
    enterprise_id bigint      not null references enterprise (id) on delete cascade,
    applied_at    timestamptz not null default now(),
    primary key (leader_id, enterprise_id)
);

-- a 链主 placement from listed-company data is neither the seed's nor a person's: its own method
alter table enterprise_placement drop constraint enterprise_placement_method_check;
alter table enterprise_placement add constraint enterprise_placement_method_check
    check (method in ('AUTO', 'MANUAL', 'SEED', 'REFERENCE'));

-- assignments find their enterprise by name, full-width and half-width brackets alike
create index enterprise_name_brackets_idx on enterprise (translate(name, '（）', '()'));
