-- 项目编号 by the database: XM<year>-<id, six digits or more>, filled in on insert when the row comes without one, so
-- the number and the ref come from one statement and one sequence value (no second update, no temporary ref seen by
-- a concurrent reader). The year is the insert's date in 北京时间 — the platform's time zone (platform.zone) — not the
-- session's, which follows the JVM. Existing refs stay as they are.
create function project_fill_ref() returns trigger language plpgsql as $$
begin
    if new.ref is null then
        new.ref := 'XM' || to_char(now() at time zone 'Asia/Shanghai', 'YYYY') || '-'
                || lpad(new.id::text, greatest(6, length(new.id::text)), '0');
    end if;
    return new;
end
$$;

create trigger project_ref before insert on project for each row execute function project_fill_ref();
