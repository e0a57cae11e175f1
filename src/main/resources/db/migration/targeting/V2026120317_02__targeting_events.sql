-- 招商活动 (对接会, 推介会, 博览会, 签约活动 …): where (region_code in Shandong, or outside_place: a place outside
-- Shandong in words, e.g. 广东省深圳市), for which Shandong city it counts
-- (city_code: the place's city in Shandong, else the organiser's; null for a provincial event outside Shandong), who
-- organised it, which industry and chain it serves; its participating enterprises from the library; leads keep the
-- event they came out of
create table targeting_event (
    id               bigserial primary key,
    name             varchar(200)  not null,
    type             varchar(20)   not null,
    held_on          date          not null,
    region_code      varchar(12),
    outside_place    varchar(100)  not null default '',
    venue            varchar(200)  not null default '',
    city_code        varchar(12),
    organiser_org_id bigint        not null references org_organization (id),
    industry_code    varchar(10)   not null references org_industry (code),
    chain_code       varchar(80),
    description      varchar(2000) not null default '',
    created_by       varchar(100)  not null,
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    version          integer       not null default 0,
    check ((region_code is null) <> (outside_place = ''))
);
create index targeting_event_held on targeting_event (held_on);
create index targeting_event_city on targeting_event (city_code);
create index targeting_event_industry on targeting_event (industry_code);

create table targeting_event_enterprise (
    event_id        bigint       not null references targeting_event (id),
    enterprise_id   bigint       not null,
    enterprise_name varchar(200) not null,
    added_by        varchar(100) not null,
    added_at        timestamptz  not null default now(),
    primary key (event_id, enterprise_id)
);

alter table targeting_lead add column event_id bigint references targeting_event (id);
create index targeting_lead_event on targeting_lead (event_id) where event_id is not null;

insert into access_role_permission (role_code, permission) values
    ('SYS_ADMIN', 'targeting:event:read'), ('TASK_FORCE', 'targeting:event:read'), ('AGENCY', 'targeting:event:read'),
    ('CITY_BUREAU', 'targeting:event:read'), ('PARK', 'targeting:event:read'), ('LEADER', 'targeting:event:read'),
    ('SYS_ADMIN', 'targeting:event:write'), ('TASK_FORCE', 'targeting:event:write'),
    ('CITY_BUREAU', 'targeting:event:write'), ('PARK', 'targeting:event:write')
on conflict do nothing;
