-- 线索来源: the recommendation a lead was created from (chain, segment, the score shown at that time)
alter table targeting_lead add column origin_chain varchar(80);
alter table targeting_lead add column origin_segment varchar(80);
alter table targeting_lead add column origin_score numeric(6, 2);
create index targeting_lead_owner on targeting_lead (owner_org_id);
create index targeting_lead_origin on targeting_lead (origin_chain) where origin_chain is not null;
