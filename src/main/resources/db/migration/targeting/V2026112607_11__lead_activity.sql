-- 跟进记录: follow-ups of a lead (拜访/会议/电话/考察/其他), each with an optional next step and its due date
create table targeting_lead_activity (
    id        bigserial primary key,
    lead_id   bigint        not null references targeting_lead (id),
    kind      varchar(20)   not null check (kind in ('VISIT', 'MEETING', 'CALL', 'INSPECTION', 'OTHER')),
    on_date   date          not null,
    content   varchar(2000) not null,
    next_step varchar(500)  not null default '',
    next_due  date,
    by_user   varchar(100)  not null,
    at        timestamptz   not null default now(),
    check (next_due is null or next_due >= on_date)
);
create index targeting_lead_activity_lead on targeting_lead_activity (lead_id, on_date desc, id desc);
create index targeting_lead_step_lead on targeting_lead_step (lead_id);
