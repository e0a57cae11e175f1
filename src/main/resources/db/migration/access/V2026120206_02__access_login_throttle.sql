-- 登录失败处理: failures are counted per account name and source address, not per account, so that nobody can lock
-- an account for everyone else by typing wrong passwords for it. Unknown account names are counted the same way
-- (the response must not tell them apart).
create table access_login_throttle (
    username        text        not null,
    source          text        not null,
    failures        integer     not null check (failures > 0),
    last_failure_at timestamptz not null,
    locked_until    timestamptz,
    primary key (username, source)
);
create index access_login_throttle_locked_idx on access_login_throttle (locked_until) where locked_until is not null;
create index access_login_throttle_age_idx on access_login_throttle (last_failure_at);
