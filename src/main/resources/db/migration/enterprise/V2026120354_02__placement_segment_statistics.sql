-- The planner's estimate of a segment's placements: a segment code belongs to one chain, but without being told so
-- PostgreSQL multiplies the two columns' selectivities and expects about a hundred rows where 加氢站 has 26,322 at
-- 10,000,000 enterprises; then reading a few thousand in list order and stopping looks no cheaper than reading them all
-- and sorting, and it chose the latter (72–126 ms against 5–14 ms on that library, EXPLAIN ANALYZE). Extended
-- statistics on the pair give the right estimate. Analysed here so the list index's expression has statistics too.
create statistics enterprise_placement_segment_stats (dependencies, ndistinct)
    on chain_code, segment_code from enterprise_placement;

analyze enterprise_placement;
