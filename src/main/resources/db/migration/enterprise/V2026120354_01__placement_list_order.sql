-- 挂链企业的列表顺序: a segment's placed enterprises are listed 链主, 骨干, 配套, then by revenue (the chain map's lists,
-- the recommendation's placed candidates, 链主/骨干 lists). The revenue lives on the enterprise, so every list read all
-- the segment's placements and all their enterprises and sorted them before keeping the first few hundred: at
-- 10,000,000 enterprises a segment such as 加氢站 has 26,322 placements, and that read took 317–398 ms.
-- The placement therefore carries copies of what its lists sort and filter by — the enterprise's revenue, whether it
-- is in Shandong, whether it is synthetic — kept equal to the enterprise's by the two triggers below, and an index in
-- list order, so a list reads its first rows in order and stops.

-- replaced by the list index below; dropped first so that the copying update does not maintain it
drop index enterprise_placement_segment_idx;

alter table enterprise_placement
    add column enterprise_revenue   numeric(18, 2),
    add column enterprise_local     boolean,
    add column enterprise_synthetic boolean;

update enterprise_placement p
set enterprise_revenue = e.revenue, enterprise_local = e.local, enterprise_synthetic = e.synthetic
from enterprise e
where e.id = p.enterprise_id;

alter table enterprise_placement
    alter column enterprise_local set not null,
    alter column enterprise_synthetic set not null;

-- A placement inserted without the copies (a single placement, a seed row) takes them from its enterprise; bulk
-- loads copy them in with the placement (they hold the enterprise's values already), so the function is not called
-- per row there.
create function enterprise_placement_copy_enterprise() returns trigger language plpgsql as $$
begin
    select e.revenue, e.local, e.synthetic
    into new.enterprise_revenue, new.enterprise_local, new.enterprise_synthetic
    from enterprise e
    where e.id = new.enterprise_id;
    return new;
end
$$;

create trigger enterprise_placement_copies_enterprise before insert on enterprise_placement
    for each row when (new.enterprise_local is null or new.enterprise_synthetic is null)
    execute function enterprise_placement_copy_enterprise();

-- An enterprise's new revenue (an import, an edit, a listed company's new annual report) moves its placements in
-- their lists. The placement's own version is not raised: nothing a person decided has changed.
create function enterprise_placement_follow_enterprise() returns trigger language plpgsql as $$
begin
    update enterprise_placement
    set enterprise_revenue = new.revenue, enterprise_local = new.local, enterprise_synthetic = new.synthetic
    where enterprise_id = new.id;
    return null;
end
$$;

create trigger enterprise_placement_follows_enterprise after update of revenue, local, synthetic on enterprise
    for each row when (old.revenue is distinct from new.revenue or old.local <> new.local
                       or old.synthetic <> new.synthetic)
    execute function enterprise_placement_follow_enterprise();

-- List order: the role's rank (the same expression the lists order by), then revenue. It starts with the columns of
-- the former (chain, segment) index, which it replaces. Lists without synthetic enterprises read the second, partial
-- index, which holds only the real enterprises' placements (a few thousand rows at any library size), so they need not
-- step over millions of synthetic ones.
create index enterprise_placement_list_idx on enterprise_placement
    (chain_code, segment_code, (case role when 'LEADER' then 0 when 'BACKBONE' then 1 else 2 end),
     enterprise_revenue desc nulls last);
create index enterprise_placement_real_list_idx on enterprise_placement
    (chain_code, segment_code, (case role when 'LEADER' then 0 when 'BACKBONE' then 1 else 2 end),
     enterprise_revenue desc nulls last)
    where not enterprise_synthetic;
