-- 各阶段截止日期: a round's stage may carry the day by which it should be done (申报 by the subjects, 专家评审 by the
-- reviewers …); a missed one shows on the round page and in the 我的待办 of whoever still has to act
create table evaluation_deadline (
    round_id bigint not null references evaluation_round (id),
    stage    text   not null,
    due_date date   not null,
    primary key (round_id, stage)
);

-- 申报材料: files attached to a subject's declaration, stored in the database like the ledger's evidence
create table evaluation_evidence (
    id           bigserial primary key,
    subject_id   bigint      not null references evaluation_subject (id),
    name         text        not null,
    content_type text        not null,
    size_bytes   bigint      not null,
    content      bytea       not null,
    uploaded_by  text        not null,
    uploaded_at  timestamptz not null default now()
);
create index evaluation_evidence_subject_idx on evaluation_evidence (subject_id);
create index evaluation_subject_owner_idx on evaluation_subject (owner_org_id);
create index evaluation_assignment_reviewer_idx on evaluation_assignment (reviewer);
