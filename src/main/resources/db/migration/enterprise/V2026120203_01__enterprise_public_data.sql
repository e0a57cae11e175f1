-- 上市公司公开数据: enterprises without a USCC are first-class. Identity is the USCC when there is one, else the
-- stock code, else name + province; a later import that brings the USCC fills it into the stock-code row.
alter table enterprise drop constraint enterprise_check;
alter table enterprise drop constraint enterprise_source_check;
alter table enterprise add constraint enterprise_source_check
    check (source in ('IMPORT', 'SEED_PLAN', 'SYNTHETIC', 'API', 'PUBLIC_DATA'));

alter table enterprise
    add column stock_code       varchar(12),
    add column exchange         text not null default '',
    add column board            text not null default '',
    add column listed_on        date,
    -- 申万行业分类 (SW2021): the listed-company data has no GB/T 4754 code, and none is derived from it
    add column sw_industry_code varchar(6) check (sw_industry_code ~ '^[0-9]{6}$'),
    add column sw_industry_name text not null default '',
    add column revenue_year     smallint check (revenue_year between 1900 and 2100),
    -- where each value came from and how old it is (source keys and vintages, see enterprise/reference/README.md)
    add column provenance       text not null default '',
    add column province_code    varchar(2) generated always as (left(region_code, 2)) stored;

create unique index enterprise_stock_code_idx on enterprise (stock_code) where stock_code is not null;
drop index enterprise_name_without_uscc_idx;
create unique index enterprise_name_province_idx on enterprise (name, coalesce(province_code, ''))
    where uscc is null and stock_code is null;

-- 主营产品构成: products with their share of revenue (the annual report's breakdown; shares of several breakdowns
-- may add up to more than 1, and offsets are negative)
create table enterprise_product (
    enterprise_id bigint  not null references enterprise (id) on delete cascade,
    product       text    not null check (length(product) between 1 and 200),
    revenue_share numeric(10, 4),
    source        text    not null,
    primary key (enterprise_id, product)
);

-- regions outside Shandong now go down to counties; city is the prefecture-level unit ('' for a province)
alter table enterprise_other_region
    add column city  text not null default '',
    add column level text not null default 'city' check (level in ('province', 'city', 'county'));

-- identity lookups of imports: rows without a USCC by name (then filtered by province)
create index enterprise_name_no_uscc_idx on enterprise (name) where uscc is null;

-- which version (checksum) of a bundled reference data set was loaded, so that a start loads each version once
create table enterprise_reference_load (
    dataset   text primary key,
    checksum  text        not null,
    rows      integer     not null,
    millis    bigint      not null,
    loaded_at timestamptz not null default now()
);
