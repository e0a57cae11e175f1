-- Scheduled jobs run once per cluster (ShedLock's JDBC provider): a job's row holds the lock until lock_until,
-- judged by the database's clock.
create table shared_job_lock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
