-- Runs after every migration, as the schema owner: the application's login may only read and append to the audit
-- log. It owns no table, so it can neither disable the append-only triggers nor alter the table.
do $$
declare
    app text := '${appRole}';
begin
    if app = '' or app = current_user then
        return;
    end if;
    execute format('revoke update, delete, truncate, references, trigger on audit_log from %I', app);
    execute format('grant select, insert on audit_log to %I', app);
end $$;
