-- 暂缓唯一键 (a load whose identities are known beforehand defers the unique keys too): keeping a unique B-tree
-- ordered row by row costs more than building it once. Inserting 1M synthetic enterprises into an empty copy of the
-- table took 2.8 s with only the primary key and 6.6 s with the USCC's unique key as well; 810,000 placements took
-- 1.3 s without their primary key and 4.2 s with it; building the USCC key over 10M stored enterprises takes 20 s.
-- The caller names the tables whose keys may go (unique_keys_of): the enterprise table's when its first pass has
-- identified every row (nothing is looked up by USCC during the load; updates merge by id), the placements' only when
-- no row is an update (an update's placements are replaced by enterprise id and inserted with ON CONFLICT, which need
-- that key). A duplicate that arrives anyway (two rows of the load, or another import between the first pass and the
-- lock) fails the build before the commit, and the load reports it by row. Keys another table's foreign key depends on
-- (enterprise's primary key) are never dropped.
-- 暂缓填充触发器 (with the placements' key, their fill-in trigger is off too): a BEFORE INSERT row trigger makes COPY
-- insert row by row instead of in batches (PostgreSQL's multi-insert needs a table without one), and
-- enterprise_placement_copies_enterprise only fills the enterprise's local/synthetic flags (and revenue) into a
-- placement inserted without them. A load without updates writes its placements by COPY with them (an update's
-- placements are inserted without, hence the same condition as the key); both flags are NOT NULL, so a row without
-- them fails the COPY instead of being filled. 810,000 placements copied in 1.9 s without the trigger, 2.4–2.8 s with
-- it.

alter table bulk_load_deferred drop constraint bulk_load_deferred_kind_check;
alter table bulk_load_deferred add constraint bulk_load_deferred_kind_check check (kind in ('i', 'f', 'u', 't'));

drop function bulk_load_defer(text[]);

-- As before (migration V2026120351_01), and for the tables in unique_keys_of (a subset of tables) their unique and
-- primary keys that no foreign key references (kind 'u'), rebuilt first by bulk_load_restore_next.
create function bulk_load_defer(tables text[], unique_keys_of text[] default '{}') returns integer
    language plpgsql
    security definer
    set search_path = pg_catalog, public
    set lock_timeout = '1min'
as $$
declare
    t   text;
    rel regclass;
    r   record;
    n   integer := 0;
begin
    if tables is null or cardinality(tables) = 0 then
        raise exception '未指定要暂缓索引的表' using errcode = '22023';
    end if;
    foreach t in array tables loop
        if t is null or t not in ('enterprise', 'enterprise_placement') then
            raise exception '不允许暂缓该表的索引：%', t using errcode = '42501';
        end if;
    end loop;
    if exists (select from unnest(coalesce(unique_keys_of, '{}')) k where k is null or k <> all (tables)) then
        raise exception '不允许暂缓该表的唯一键：%', array_to_string(unique_keys_of, ',', '(null)') using errcode = '42501';
    end if;
    if exists (select from public.bulk_load_deferred where txid = txid_current()) then
        raise exception '本事务已暂缓过索引' using errcode = '55000';
    end if;
    -- one lock order for every caller
    for t in select distinct x from unnest(tables) x order by x loop
        execute format('lock table public.%I in access exclusive mode', t);
    end loop;
    for t in select distinct x from unnest(tables) x order by x loop
        rel := to_regclass(format('public.%I', t));
        for r in select c.conname, pg_get_constraintdef(c.oid) as def
                 from pg_constraint c
                 where c.conrelid = rel and c.contype = 'f' and c.convalidated
                 order by c.conname loop
            insert into public.bulk_load_deferred (table_name, kind, name, definition) values (t, 'f', r.conname, r.def);
            execute format('alter table public.%I drop constraint %I', t, r.conname);
            n := n + 1;
        end loop;
        if t = any (coalesce(unique_keys_of, '{}')) then
            for r in select c.conname, pg_get_constraintdef(c.oid) as def
                     from pg_constraint c
                     where c.conrelid = rel and c.contype in ('u', 'p')
                       and not exists (select from pg_constraint f
                                       where f.contype = 'f' and f.confrelid = rel and f.conindid = c.conindid)
                     order by c.conname loop
                insert into public.bulk_load_deferred (table_name, kind, name, definition)
                values (t, 'u', r.conname, r.def);
                execute format('alter table public.%I drop constraint %I', t, r.conname);
                n := n + 1;
            end loop;
        end if;
        if t = 'enterprise_placement' and t = any (coalesce(unique_keys_of, '{}')) and exists (select from pg_trigger
                   where tgrelid = rel and tgname = 'enterprise_placement_copies_enterprise' and tgenabled <> 'D') then
            insert into public.bulk_load_deferred (table_name, kind, name, definition)
            values (t, 't', 'enterprise_placement_copies_enterprise', '');
            execute format('alter table public.%I disable trigger enterprise_placement_copies_enterprise', t);
            n := n + 1;
        end if;
        -- partial indexes stay: maintained only for the rows they cover, and the load's identity lookups use them
        for r in select ic.relname, pg_get_indexdef(i.indexrelid) as def
                 from pg_index i join pg_class ic on ic.oid = i.indexrelid
                 where i.indrelid = rel and not i.indisunique and not i.indisprimary and not i.indisexclusion
                   and i.indpred is null and i.indisvalid and i.indisready
                   and not exists (select from pg_constraint c where c.conindid = i.indexrelid)
                 order by ic.relname loop
            insert into public.bulk_load_deferred (table_name, kind, name, definition) values (t, 'i', r.relname, r.def);
            execute format('drop index public.%I', r.relname);
            n := n + 1;
        end loop;
    end loop;
    return n;
end $$;

-- Unique keys first (a duplicate fails the load before the long builds), then the trigger, the indexes, and the
-- foreign keys after one ANALYZE (migration V2026120361_01).
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
    elsif r.kind = 't' then
        execute format('alter table public.%I enable trigger %I', r.table_name, r.name);
    else
        if r.kind = 'f'
           and coalesce(current_setting('tenstrong.bulk_load_analysed', true), '') <> txid_current()::text then
            analyze public.enterprise, public.enterprise_placement;
            perform set_config('tenstrong.bulk_load_analysed', txid_current()::text, true);
        end if;
        execute format('alter table public.%I add constraint %I ', r.table_name, r.name) || r.definition;
    end if;
    delete from public.bulk_load_deferred where id = r.id;
    return case r.kind when 'i' then 'index ' when 'u' then 'unique key ' when 't' then 'trigger '
                       else 'foreign key ' end || r.name;
end $$;

revoke all on function bulk_load_defer(text[], text[]) from public;
revoke all on function bulk_load_restore_next() from public;
