-- Rows written from now on are chained with HMAC-SHA256 under a key kept outside the database (keyed = true);
-- the rows written before keep their plain SHA-256 chain (keyed = false) and still verify.
alter table audit_log add column keyed boolean not null default false;
