-- an address for the ledger's reminder digest (optional)
alter table access_user add column email text check (email is null or email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$');
