-- Runs after every migration, as the schema owner: the application's login may only read and append to the audit
-- log. It owns no table, so it can neither disable the append-only triggers nor alter the table. app_role_grant
-- (database/afterMigrate__1, run just before) skips this when the application logs in as the owner.
select app_role_grant('${appRole}',
    'revoke update, delete, truncate, references, trigger on audit_log from %I',
    'grant select, insert on audit_log to %I');
