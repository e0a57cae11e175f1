-- 项目编号's year follows the platform's time zone (platform.zone) instead of the 'Asia/Shanghai' written into
-- V2026120347_01: the zone comes from project_ref_zone(), which the repeatable migration R__project_ref_zone defines
-- from the Flyway placeholder platformZone. Flyway applies repeatable migrations after the versioned ones of the same
-- run, so a later versioned migration that inserts projects without a ref would find no zone on a new database: give
-- such rows their ref in that migration.
create or replace function project_fill_ref() returns trigger language plpgsql as $$
begin
    if new.ref is null then
        new.ref := 'XM' || to_char(now() at time zone project_ref_zone(), 'YYYY') || '-'
                || lpad(new.id::text, greatest(6, length(new.id::text)), '0');
    end if;
    return new;
end
$$;
