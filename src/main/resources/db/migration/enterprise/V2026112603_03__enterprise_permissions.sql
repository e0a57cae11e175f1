insert into access_role_permission (role_code, permission) values
    ('SYS_ADMIN', 'enterprise:enterprise:read'), ('TASK_FORCE', 'enterprise:enterprise:read'),
    ('AGENCY', 'enterprise:enterprise:read'), ('CITY_BUREAU', 'enterprise:enterprise:read'),
    ('PARK', 'enterprise:enterprise:read'), ('LEADER', 'enterprise:enterprise:read'),
    ('SYS_ADMIN', 'enterprise:enterprise:write'), ('TASK_FORCE', 'enterprise:enterprise:write'),
    ('CITY_BUREAU', 'enterprise:enterprise:write'),
    ('SYS_ADMIN', 'enterprise:index:manage'),
    ('SYS_ADMIN', 'chain:chain:read'), ('TASK_FORCE', 'chain:chain:read'), ('AGENCY', 'chain:chain:read'),
    ('CITY_BUREAU', 'chain:chain:read'), ('PARK', 'chain:chain:read'), ('LEADER', 'chain:chain:read'),
    ('SYS_ADMIN', 'chain:chain:write')
on conflict do nothing;
