-- 用户与权限: accounts bound to an organisation, roles, permissions named module:resource:action, data scopes
create table access_role (
    code        text primary key,
    name        text not null unique,
    description text not null
);

create table access_role_permission (
    role_code  text not null references access_role (code),
    permission text not null check (permission ~ '^[a-z]+:[a-z-]+:[a-z-]+$'),
    primary key (role_code, permission)
);

create table access_user (
    id                  bigserial primary key,
    username            text        not null unique check (username ~ '^[a-z0-9_.-]{3,32}$'),
    display_name        text        not null,
    password_hash       text        not null,
    organization_id     bigint      not null references org_organization (id),
    data_scope          text        not null check (data_scope in ('ALL', 'OWN_ORG', 'OWN_CITY', 'OWN_PARK', 'OWN_INDUSTRY')),
    enabled             boolean     not null default true,
    failed_attempts     integer     not null default 0,
    locked_until        timestamptz,
    last_login_at       timestamptz,
    password_changed_at timestamptz not null default now(),
    demo                boolean     not null default false,
    version             integer     not null default 0,
    created_at          timestamptz not null default now()
);

create table access_user_role (
    user_id   bigint not null references access_user (id) on delete cascade,
    role_code text   not null references access_role (code),
    primary key (user_id, role_code)
);

insert into access_role (code, name, description) values
    ('SYS_ADMIN', '系统管理员', '管理用户、机构与参考数据，查看审计日志'),
    ('TASK_FORCE', '产业专班', '负责本产业的行动计划、台账调度、产业链图谱与项目库'),
    ('AGENCY', '责任单位', '牵头或配合单位，报送本单位事项的进展'),
    ('CITY_BUREAU', '市县招商', '维护本市县的招商线索、目标企业与项目，按月报送项目投资'),
    ('PARK', '园区', '维护本园区的概况与项目，参与园区评价'),
    ('LEADER', '领导(只读)', '查看驾驶舱、产业链图谱、排名与报告');

insert into access_role_permission (role_code, permission) values
    ('SYS_ADMIN', 'portal:home:read'), ('SYS_ADMIN', 'org:organization:read'), ('SYS_ADMIN', 'org:organization:write'),
    ('SYS_ADMIN', 'access:user:read'), ('SYS_ADMIN', 'access:user:write'), ('SYS_ADMIN', 'audit:log:read'),
    ('SYS_ADMIN', 'plan:plan:read'), ('SYS_ADMIN', 'plan:plan:import'),
    ('TASK_FORCE', 'portal:home:read'), ('TASK_FORCE', 'org:organization:read'), ('TASK_FORCE', 'plan:plan:read'),
    ('TASK_FORCE', 'plan:plan:import'), ('TASK_FORCE', 'ledger:round:manage'), ('TASK_FORCE', 'ledger:report:review'),
    ('TASK_FORCE', 'chain:chain:write'), ('TASK_FORCE', 'project:project:read'),
    ('AGENCY', 'portal:home:read'), ('AGENCY', 'org:organization:read'), ('AGENCY', 'plan:plan:read'),
    ('AGENCY', 'ledger:report:write'),
    ('CITY_BUREAU', 'portal:home:read'), ('CITY_BUREAU', 'org:organization:read'), ('CITY_BUREAU', 'plan:plan:read'),
    ('CITY_BUREAU', 'project:project:read'), ('CITY_BUREAU', 'project:project:write'), ('CITY_BUREAU', 'targeting:lead:write'),
    ('PARK', 'portal:home:read'), ('PARK', 'org:organization:read'), ('PARK', 'plan:plan:read'),
    ('PARK', 'project:project:read'), ('PARK', 'project:project:write'),
    ('LEADER', 'portal:home:read'), ('LEADER', 'org:organization:read'), ('LEADER', 'plan:plan:read'),
    ('LEADER', 'project:project:read');
