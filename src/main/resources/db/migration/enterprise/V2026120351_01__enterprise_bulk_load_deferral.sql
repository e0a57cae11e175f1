-- 批量导入暂缓索引 (generate-enterprises --defer-indexes): a large load into enterprise and enterprise_placement
-- spends about half of the database's time per row maintaining the secondary indexes and checking the foreign keys
-- (README, Bulk loading); building them once after the load costs far less. The application's login owns no table and
-- may not drop an index or a constraint (least privilege), so the owner's two functions below do it, restricted to
-- exactly these objects: the non-unique, non-partial indexes and the validated foreign keys of enterprise and
-- enterprise_placement, read from the catalog when called (an index added later is covered without a change here).
-- Their definitions stay in the owner's table below, never pass through the application, and are recreated from it
-- in the same transaction; a deferred trigger refuses a commit that has not restored them, and a rollback restores
-- them by itself (DDL is transactional).

create table bulk_load_deferred (
    id         bigserial primary key,
    txid       bigint  not null default txid_current(),
    table_name text    not null,
    kind       char(1) not null check (kind in ('i', 'f')),
    name       text    not null,
    definition text    not null
);

-- fires at commit in the committing login's transaction: reads the owner's table as the owner
create function bulk_load_deferred_restored() returns trigger
    language plpgsql
    security definer
    set search_path = pg_catalog, public
as $$
begin
    if exists (select from public.bulk_load_deferred where id = new.id) then
        raise exception '批量导入暂缓的索引或外键 %（表 %）未在提交前恢复，事务已回滚', new.name, new.table_name
            using errcode = '55000';
    end if;
    return null;
end $$;

create constraint trigger bulk_load_deferred_restored after insert on bulk_load_deferred
    deferrable initially deferred for each row execute function bulk_load_deferred_restored();

-- Drops the deferrable indexes and foreign keys of the named tables (only enterprise and enterprise_placement are
-- accepted) in the caller's transaction and keeps their definitions; returns how many. Both tables stay locked
-- (ACCESS EXCLUSIVE) until the transaction ends: other connections cannot read them meanwhile.
create function bulk_load_defer(tables text[]) returns integer
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

-- Recreates the next of what bulk_load_defer dropped in this transaction, indexes first (the caller sets
-- maintenance_work_mem locally for the builds), then the foreign keys, which validate every row; returns what it
-- recreated (kind and name), or null when nothing is left. One object per call, so the caller can time each.
create function bulk_load_restore_next() returns text
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
        execute format('alter table public.%I add constraint %I ', r.table_name, r.name) || r.definition;
    end if;
    delete from public.bulk_load_deferred where id = r.id;
    return case r.kind when 'i' then 'index ' else 'foreign key ' end || r.name;
end $$;

revoke all on function bulk_load_defer(text[]) from public;
revoke all on function bulk_load_restore_next() from public;
revoke all on function bulk_load_deferred_restored() from public;
