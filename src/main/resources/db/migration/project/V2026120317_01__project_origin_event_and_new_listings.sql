-- 招商活动: a project signed from a lead that came out of an event keeps that event (the targeting module sets it)
alter table project add column origin_event_id bigint;
create index project_origin_event on project (origin_event_id) where origin_event_id is not null;

-- 新增上市公司 is one binding kind: COUNT_NEW_LISTINGS (listing module) counts what COUNT_LISTED_ENTERPRISES counted
-- (the listed-company data's 上市日期) plus the 上市后备资源库's recorded listings; the old kind's bindings move to it
update target_binding set kind = 'COUNT_NEW_LISTINGS', version = version + 1 where kind = 'COUNT_LISTED_ENTERPRISES';
