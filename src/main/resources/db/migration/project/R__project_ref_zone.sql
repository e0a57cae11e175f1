-- The time zone in which 项目编号 takes its year (project_fill_ref): the platform's zone, platform.zone, handed to
-- Flyway as the placeholder platformZone (database.MigrationPlaceholders). Flyway checksums a repeatable migration
-- after replacing its placeholders, so a changed zone changes the checksum and the next start applies this again.
-- PostgreSQL must know the zone by the same name (an IANA region such as Asia/Shanghai): a fixed offset such as
-- +08:00 would be read as POSIX, east and west swapped, so anything else stops the migration.
do $$
begin
    if not exists (select 1 from pg_timezone_names where name = '${platformZone}') then
        raise exception 'platform.zone % is no time zone PostgreSQL knows by that name', '${platformZone}';
    end if;
end $$;

create or replace function project_ref_zone() returns text language sql stable as $$ select '${platformZone}'::text $$;
