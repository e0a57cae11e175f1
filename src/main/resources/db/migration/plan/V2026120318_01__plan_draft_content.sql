-- the uploaded file itself, so that the importer can have the draft read again with another annotation convention
-- (列第一位者为牵头单位 or not) before committing; null for drafts uploaded before this column existed
alter table plan_import_draft add column content bytea;
