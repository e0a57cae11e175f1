-- 园区名录: the profile of an organisation of kind PARK (level, city, area, leading industries) with the public list
-- it comes from. Loaded from org/parks.csv on every start (missing rows only, so edits survive).
create table org_park (
    organization_id    bigint primary key references org_organization (id) on delete cascade,
    zone_name          text         not null unique,
    short_name         text,
    level              text         not null check (level in ('NATIONAL_ETDZ', 'NATIONAL_HTZ', 'PROVINCIAL', 'OTHER')),
    city_code          varchar(6)   not null references org_region (code),
    area_km2           numeric(10, 2),
    leading_industries text,
    source             text         not null
);

create index org_park_city_idx on org_park (city_code);
