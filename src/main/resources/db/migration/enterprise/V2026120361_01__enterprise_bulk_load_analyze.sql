-- 暂缓索引恢复前先统计 (ANALYZE before the foreign keys are validated): a foreign key added back validates every row
-- with one join of the table and the table it references, planned on statistics the load left stale (a table of a few
-- thousand rows that now holds a million). At 15:33 on 2026-12-03 enterprise_industry_code_fkey took 55.4 s after a
-- 1,000,000-row load, against 0.25 s in the runs before; the cause was not caught (a plan on stale statistics or a
-- lock wait; README, Bulk loading), and the statistics are the part a load can put right: both tables the deferral
-- accepts are analysed once, before the first foreign key is recreated (the indexes are built by then; ANALYZE samples
-- a fixed number of rows, so it costs about the same at any size), which also serves every query after the load.
create or replace function bulk_load_restore_next() returns text
    language plpgsql
    security definer
    set search_path = pg_catalog, public
as $$
declare
    r record;
begin
    select id, table_name, kind, name, definition into r from public.bulk_load_deferred
    where txid = txid_current() order by kind desc, id limit 1;
    if not found then
        return null;
    end if;
    if r.kind = 'i' then
        execute r.definition;
    else
        if coalesce(current_setting('tenstrong.bulk_load_analysed', true), '') <> txid_current()::text then
            analyze public.enterprise, public.enterprise_placement;
            perform set_config('tenstrong.bulk_load_analysed', txid_current()::text, true);
        end if;
        execute format('alter table public.%I add constraint %I ', r.table_name, r.name) || r.definition;
    end if;
    delete from public.bulk_load_deferred where id = r.id;
    return case r.kind when 'i' then 'index ' else 'foreign key ' end || r.name;
end $$;

revoke all on function bulk_load_restore_next() from public;
