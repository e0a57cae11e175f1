-- 责任单位 read the project library (the README always said so; the grant was missing): the plan targets they answer
-- for are often bound to project investment, and an agency's data scope (本单位) reads all projects, as 领导 do.
insert into access_role_permission (role_code, permission) values ('AGENCY', 'project:project:read')
on conflict do nothing;
