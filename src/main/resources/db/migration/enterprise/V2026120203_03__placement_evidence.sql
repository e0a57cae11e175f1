-- 挂链依据: why an automatic placement was made, in words (matched terms, the product and its revenue share, the
-- SW industry that admitted the chain), so the task force can judge it without re-running the matcher
alter table enterprise_placement add column evidence text not null default '';
