-- Runs after every migration, as the schema owner: the application's login may read and write the modules' tables
-- (the audit module narrows this for its log in afterMigrate__2), but not the migration history.
do $$
declare
    app text := '${appRole}';
begin
    if app = '' or app = current_user then
        return;
    end if;
    execute format('grant usage on schema public to %I', app);
    execute format('grant select, insert, update, delete, truncate, references on all tables in schema public to %I', app);
    execute format('grant usage, select, update on all sequences in schema public to %I', app);
    execute format('revoke insert, update, delete, truncate, references on flyway_schema_history from %I', app);
end $$;
