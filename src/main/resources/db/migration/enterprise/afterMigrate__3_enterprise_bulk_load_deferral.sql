-- Runs after every migration (after the general grants of afterMigrate__1), as the schema owner: the application's
-- login may call the two bulk-load functions, which act as the owner, but may not read or write the table where
-- they keep the definitions of what they dropped. app_role_grant (database/afterMigrate__1) skips this when the
-- application logs in as the owner.
select app_role_grant('${appRole}',
    'revoke all on bulk_load_deferred from %I',
    'revoke all on sequence bulk_load_deferred_id_seq from %I',
    'grant execute on function bulk_load_defer(text[], text[]) to %I',
    'grant execute on function bulk_load_restore_next() to %I');
