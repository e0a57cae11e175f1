-- A placement of an enterprise that does not exist must be refused by its foreign key, which names the problem
-- (enterprise_placement_enterprise_id_fkey), not by the copied columns' NOT NULL, which would name a column the
-- caller never set: when no enterprise is found the copies stay empty-valued and the foreign key decides.
create or replace function enterprise_placement_copy_enterprise() returns trigger language plpgsql as $$
begin
    select e.revenue, e.local, e.synthetic
    into new.enterprise_revenue, new.enterprise_local, new.enterprise_synthetic
    from enterprise e
    where e.id = new.enterprise_id;
    if not found then
        new.enterprise_local := false;
        new.enterprise_synthetic := false;
    end if;
    return new;
end
$$;
