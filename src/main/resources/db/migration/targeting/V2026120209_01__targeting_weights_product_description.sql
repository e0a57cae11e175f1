-- 文本相关 is split into 产品匹配 (a product naming the segment, by its share of revenue) and 主营描述 (the segment's
-- words in name, 主营业务 and 经营范围): a task force's stored maximum is split 5:3, so its total stays 100
alter table targeting_weight
    add column product_max     integer check (product_max >= 0),
    add column description_max integer check (description_max >= 0);
update targeting_weight set description_max = text_max * 3 / 8, product_max = text_max - text_max * 3 / 8;
alter table targeting_weight
    alter column product_max set not null,
    alter column description_max set not null,
    drop constraint if exists targeting_weight_check,
    drop column text_max;
alter table targeting_weight
    add constraint targeting_weight_check
        check (product_max + description_max + code_max + tags_max + scale_max + relation_max = 100);
