-- a plan target's value computed from live data (a binding owned by the project module), preferred to reported values
create table ledger_live_value (
    target_id  bigint       primary key,
    value      numeric(24, 4) not null,
    as_of      timestamptz  not null,
    source     varchar(500) not null,
    updated_at timestamptz  not null default now()
);
