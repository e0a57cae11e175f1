-- Decisions on possible duplicates: 不是重复 (dismissed, never flagged again) or 确认重复 (one project is a duplicate of
-- the other: it is marked duplicate_of the kept one and no longer counts in KPIs or bound-target sums). Undoing a
-- decision sets it back to OPEN (the pair is detected afresh); the version only ever grows.
alter table project add column duplicate_of bigint references project (id);
create index project_duplicate_of on project (duplicate_of);

create table project_duplicate_decision (
    low_id       bigint       not null references project (id),
    high_id      bigint       not null references project (id),
    decision     varchar(20)  not null check (decision in ('OPEN', 'NOT_DUPLICATE', 'DUPLICATE')),
    duplicate_id bigint       references project (id),
    flag_reason  varchar(200) not null default '',
    reason       varchar(1000) not null default '',
    decided_by   varchar(100) not null,
    decided_at   timestamptz  not null default now(),
    version      integer      not null default 1,
    primary key (low_id, high_id),
    check (low_id < high_id),
    check ((decision = 'DUPLICATE') = (duplicate_id is not null)),
    check (duplicate_id is null or duplicate_id = low_id or duplicate_id = high_id)
);
create index project_duplicate_decision_high on project_duplicate_decision (high_id);
