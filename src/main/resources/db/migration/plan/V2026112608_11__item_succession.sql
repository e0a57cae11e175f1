-- 条目衔接: when a revision renumbers or moves an item (its key changes), the item of the revised plan that continues
-- the one of the replaced plan, as accepted (or chosen) by the importer on commit; the ledger carries progress reported
-- under from_item_key over to to_item_key (same industry and year)
create table plan_item_succession (
    id            bigserial primary key,
    document_id   bigint        not null references plan_document (id),
    from_plan_id  bigint        not null references plan_plan (id),
    from_item_id  bigint        not null references plan_item (id),
    from_item_key text          not null,
    from_label    text          not null,
    to_plan_id    bigint        not null references plan_plan (id),
    to_item_id    bigint        not null references plan_item (id),
    to_item_key   text          not null,
    to_label      text          not null,
    -- character-bigram Dice similarity of heading and text, as computed on import
    similarity    numeric(5, 4) not null check (similarity >= 0 and similarity <= 1),
    -- true: the platform's proposal was accepted; false: the importer chose another added item
    proposed      boolean       not null,
    decided_by    text          not null,
    decided_at    timestamptz   not null default now(),
    check (from_plan_id <> to_plan_id),
    -- one successor per removed item, one predecessor per added item
    unique (to_plan_id, from_item_key),
    unique (to_plan_id, to_item_key)
);
create index plan_item_succession_from_idx on plan_item_succession (from_plan_id);
