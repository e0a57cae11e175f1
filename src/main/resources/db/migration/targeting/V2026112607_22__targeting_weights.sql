-- 招商目标推荐 weights a chain's task force set in the UI; they override platform.targeting.weights in application.yml
create table targeting_weight (
    chain_code   text        primary key,
    text_max     integer     not null check (text_max >= 0),
    code_max     integer     not null check (code_max >= 0),
    tags_max     integer     not null check (tags_max >= 0),
    scale_max    integer     not null check (scale_max >= 0),
    relation_max integer     not null check (relation_max >= 0),
    -- points per honour tag, e.g. CHAIN_LEADER=8|SINGLE_CHAMPION=8
    tag_points   text        not null default '',
    updated_by   text        not null,
    updated_at   timestamptz not null default now(),
    version      integer     not null default 1,
    check (text_max + code_max + tags_max + scale_max + relation_max = 100)
);
