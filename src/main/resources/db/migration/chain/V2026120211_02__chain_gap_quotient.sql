-- 区位商阈值 replaces the share threshold: a leaf is weak when Shandong's share of its placed enterprises is below
-- this fraction of Shandong's share of all placed enterprises in the library. With 311 of 5,486 listed companies in
-- Shandong, a fixed share of 20 % made nearly every leaf a gap. A task force's own setting keeps its strictness
-- relative to the old default: 20 % (the default) becomes 0.5, 25 % becomes 0.63, 10 % becomes 0.25.
alter table chain_chain add column gap_quotient numeric(4, 2) not null default 0.50
    check (gap_quotient between 0 and 5);
update chain_chain set gap_quotient = least(round(gap_share_threshold / 40, 2), 5);
alter table chain_chain drop column gap_share_threshold;
