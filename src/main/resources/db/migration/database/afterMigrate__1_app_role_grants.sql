-- Runs after every migration, as the schema owner: the application's login may read and write the modules' tables
-- (the audit module narrows this for its log in afterMigrate__2), but not the migration history.
--
-- app_role_grant is the one place that decides whether there is a separate login to grant to: none when the
-- placeholder is empty or names the owner itself (then the application is the owner and needs no grant). Each
-- statement is a format() pattern whose %I is the login. It runs with the caller's rights, and only the owner may
-- call it.
create or replace function app_role_grant(app text, variadic statements text[]) returns void language plpgsql as $$
declare
    statement text;
begin
    if app = '' or app = current_user then
        return;
    end if;
    foreach statement in array statements loop
        execute format(statement, app);
    end loop;
end $$;
revoke execute on function app_role_grant(text, text[]) from public;

select app_role_grant('${appRole}',
    'grant usage on schema public to %I',
    'grant select, insert, update, delete, truncate, references on all tables in schema public to %I',
    'grant usage, select, update on all sequences in schema public to %I',
    'revoke insert, update, delete, truncate, references on flyway_schema_history from %I');
