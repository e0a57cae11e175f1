-- everyone reads rounds and results; 专班 and administrators run rounds; parks and cities declare (their own subjects)
insert into access_role_permission (role_code, permission) values
    ('SYS_ADMIN', 'evaluation:round:read'), ('TASK_FORCE', 'evaluation:round:read'), ('AGENCY', 'evaluation:round:read'),
    ('CITY_BUREAU', 'evaluation:round:read'), ('PARK', 'evaluation:round:read'), ('LEADER', 'evaluation:round:read'),
    ('SYS_ADMIN', 'evaluation:round:write'), ('TASK_FORCE', 'evaluation:round:write'),
    ('SYS_ADMIN', 'evaluation:declaration:write'), ('TASK_FORCE', 'evaluation:declaration:write'),
    ('CITY_BUREAU', 'evaluation:declaration:write'), ('PARK', 'evaluation:declaration:write')
on conflict do nothing;
