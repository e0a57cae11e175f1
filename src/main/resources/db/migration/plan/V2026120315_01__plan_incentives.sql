-- 奖补 the plans offer (给予最高500万元奖补 …): kept beside the item, never a ledger target
create table plan_incentive (
    id        bigserial primary key,
    item_id   bigint  not null references plan_item (id) on delete cascade,
    seq       integer not null,
    text      text    not null,
    value     numeric not null,
    unit      text    not null,
    qualifier text    not null check (qualifier in ('MAX', 'EXACT')),
    kind      text    not null default '',
    clause    text    not null,
    unique (item_id, seq)
);
