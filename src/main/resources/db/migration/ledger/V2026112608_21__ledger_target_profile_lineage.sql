-- 进度曲线: a task force's expected-progress profile follows its target across plan revisions, like reported values
-- do: it is stored with the target's place (industry, plan year, item key, target number) and follows the item
-- successions (条目衔接) accepted after it was set; target_id names the revision's target it was last set on.
-- Version 1 on creation (0 means "the default rule"); shares are fractions of the target.
alter table ledger_target_profile
    add column industry_code varchar(8),
    add column plan_year     integer,
    add column item_key      text,
    add column target_seq    integer,
    add constraint ledger_target_profile_shares_range check (0 <= all (monthly_shares) and 1 >= all (monthly_shares));

-- setting and resetting profiles: the task force (for its own industry, checked by the service) and administrators
insert into access_role_permission (role_code, permission) values
    ('SYS_ADMIN', 'ledger:profile:write'), ('TASK_FORCE', 'ledger:profile:write')
on conflict do nothing;
