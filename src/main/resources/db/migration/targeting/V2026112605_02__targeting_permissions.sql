insert into access_role_permission (role_code, permission) values
    ('SYS_ADMIN', 'targeting:lead:read'), ('TASK_FORCE', 'targeting:lead:read'), ('AGENCY', 'targeting:lead:read'),
    ('CITY_BUREAU', 'targeting:lead:read'), ('PARK', 'targeting:lead:read'), ('LEADER', 'targeting:lead:read'),
    ('SYS_ADMIN', 'targeting:lead:write')
on conflict do nothing;
