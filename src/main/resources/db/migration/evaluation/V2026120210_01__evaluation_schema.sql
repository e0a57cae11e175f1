-- 评价方案: every version of every scheme file, loaded at start; a round keeps the version it used
create table evaluation_scheme (
    id           bigserial primary key,
    code         text not null,
    version      int not null,
    name         text not null,
    subject_type text not null,
    source_file  text not null,
    content      text not null,
    content_sha  text not null,
    usable       boolean not null,
    demo         boolean not null,
    loaded_at    timestamptz not null default now(),
    unique (code, version)
);

-- 评价轮次: 申报 → 市级初审 → 专家评审 → 公示 → 发布; result holds the frozen scores and reference values (JSON)
create table evaluation_round (
    id           bigserial primary key,
    scheme_id    bigint not null references evaluation_scheme (id),
    name         text not null,
    year         int not null,
    stage        text not null,
    demo         boolean not null default false,
    result       text,
    frozen_at    timestamptz,
    published_at timestamptz,
    created_by   text not null,
    created_at   timestamptz not null default now(),
    version      int not null default 1
);

-- 参评对象 with its declaration (form values, flags) and the 市级初审 outcome
create table evaluation_subject (
    id           bigserial primary key,
    round_id     bigint not null references evaluation_round (id),
    subject_key  text not null,
    name         text not null,
    cohort       text,
    owner_org_id bigint,
    form_values  text not null default '{}',
    flags        text not null default '[]',
    declared_at  timestamptz,
    city_status  text not null default 'PENDING',
    version      int not null default 1,
    unique (round_id, subject_key)
);

-- 专家分配: a reviewer sees and scores only the subjects assigned to them, after declaring any conflict of interest
create table evaluation_assignment (
    subject_id    bigint not null references evaluation_subject (id),
    reviewer      text not null,
    conflict      text,
    conflict_note text,
    primary key (subject_id, reviewer)
);

create table evaluation_score (
    subject_id bigint not null references evaluation_subject (id),
    reviewer   text not null,
    leaf_code  text not null,
    score      numeric not null,
    scored_at  timestamptz not null default now(),
    primary key (subject_id, reviewer, leaf_code)
);

-- 公示异议
create table evaluation_objection (
    id          bigserial primary key,
    round_id    bigint not null references evaluation_round (id),
    subject_key text not null,
    text        text not null,
    created_by  text not null,
    created_at  timestamptz not null default now()
);
