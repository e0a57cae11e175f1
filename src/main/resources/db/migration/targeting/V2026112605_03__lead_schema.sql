-- 招商线索 and their stage history
create table targeting_lead (
    id                  bigserial primary key,
    enterprise_id       bigint,
    enterprise_name     varchar(200) not null,
    industry_code       varchar(10)  not null,
    chain_code          varchar(80),
    segment_code        varchar(80),
    city_code           varchar(12)  not null,
    owner_org_id        bigint       not null,
    stage               varchar(20)  not null,
    expected_investment numeric(20, 2),
    contact             varchar(500) not null default '',
    notes               varchar(2000) not null default '',
    project_id          bigint,
    signed_on           date,
    created_by          varchar(100) not null,
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    version             integer      not null default 0
);
create index targeting_lead_city on targeting_lead (city_code);

create table targeting_lead_step (
    id         bigserial primary key,
    lead_id    bigint       not null references targeting_lead (id),
    from_stage varchar(20),
    to_stage   varchar(20)  not null,
    on_date    date         not null,
    note       varchar(1000) not null default '',
    by_user    varchar(100) not null,
    at         timestamptz  not null default now()
);
