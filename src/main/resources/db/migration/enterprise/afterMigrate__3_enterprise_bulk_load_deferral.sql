-- Runs after every migration (after the general grants of afterMigrate__1), as the schema owner: the application's
-- login may call the two bulk-load functions, which act as the owner, but may not read or write the table where
-- they keep the definitions of what they dropped.
do $$
declare
    app text := '${appRole}';
begin
    if app = '' or app = current_user then
        return;
    end if;
    execute format('revoke all on bulk_load_deferred from %I', app);
    execute format('revoke all on sequence bulk_load_deferred_id_seq from %I', app);
    execute format('grant execute on function bulk_load_defer(text[]) to %I', app);
    execute format('grant execute on function bulk_load_restore_next() to %I', app);
end $$;
