-- 荣誉（自述）: honours listed companies state about themselves (enterprise/reference/honours.csv), each with the
-- sentence it came from. They count at a reduced weight until a task force confirms (the tag joins enterprise.tags)
-- or rejects them.
create table enterprise_honour (
    id            bigserial primary key,
    enterprise_id bigint      not null references enterprise (id) on delete cascade,
    honour        text        not null,
    tag           text,
    level         text        not null default '',
    batch         text        not null default '',
    batch_year    smallint,
    holder        text        not null default '',
    evidence      text        not null,
    source        text        not null,
    status        text        not null default 'SELF_REPORTED' check (status in ('SELF_REPORTED', 'CONFIRMED', 'REJECTED')),
    decided_by    text,
    decided_at    timestamptz,
    version       integer     not null default 0,
    unique (enterprise_id, honour, evidence)
);
create index enterprise_honour_enterprise_idx on enterprise_honour (enterprise_id);

-- tags only self-reported so far ('|' joined, like tags): kept in step with enterprise_honour
alter table enterprise add column claimed_tags text not null default '';
