-- parks create and follow their own leads; city (county) bureaus keep their city's (granted before, kept here)
insert into access_role_permission (role_code, permission) values
    ('PARK', 'targeting:lead:write'), ('CITY_BUREAU', 'targeting:lead:write')
on conflict do nothing;
