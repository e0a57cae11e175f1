-- 审计日志: append-only and hash-chained. Each row's hash covers its content and the previous row's hash.
create table audit_log (
    id             bigint primary key,
    occurred_at    timestamptz not null,
    actor          text        not null,
    action         text        not null,
    entity_type    text        not null,
    entity_id      text,
    before_json    text,
    after_json     text,
    remote_address text,
    prev_hash      char(64)    not null,
    hash           char(64)    not null
);

create sequence audit_log_id_seq;
create index audit_log_actor_idx on audit_log (actor, id);
create index audit_log_entity_idx on audit_log (entity_type, entity_id);

create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception '审计日志只能追加，不能修改或删除';
end;
$$;

create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only();
