-- 演示项目: projects loaded on a demo start from project/demo/demo-projects.csv (names carry （演示）); loaded once
alter table project add column demo boolean not null default false;
