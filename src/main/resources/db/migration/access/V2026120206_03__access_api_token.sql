-- 个人API令牌: bearer tokens for API clients, so that a call does not pay for a BCrypt check (~50 ms of CPU).
-- Only the SHA-256 of a token is stored (tokens are 240-bit random strings, so a fast hash suffices); the token
-- itself is shown once, when it is created.
create table access_api_token (
    id          bigserial primary key,
    user_id     bigint      not null references access_user (id) on delete cascade,
    name        text        not null check (length(name) between 1 and 60),
    token_hash  char(64)    not null unique,
    hint        varchar(12) not null,
    scope       text        not null check (scope in ('READ', 'WRITE')),
    created_by  text        not null,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    last_used_at timestamptz,
    revoked_at  timestamptz,
    revoked_by  text
);
create index access_api_token_user_idx on access_api_token (user_id);
