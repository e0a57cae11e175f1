package cn.tenstrong.targeting;

import java.util.List;

/**
 * 招商目标推荐 for a chain segment: enterprises placed on it, whose products or main business name its vocabulary,
 * ranked by six explained factors whose points add up to the score: 产品匹配 (a product naming the segment, by its
 * share of revenue), 主营描述, 行业代码, 荣誉标签 (self-reported ones at a reduced share), 规模 (revenue and
 * employees) and 供应链关系 (supplying or buying from a local 链主/骨干 enterprise of the chain), each with one plain
 * sentence on why it fits. The weights are set per chain ({@link RecommendationWeights}). Only enterprises that fit
 * are listed (see {@link RecommendationList}); when the data has fewer, the list is shorter and says why.
 */
public interface TargetRecommender {

    /** The recommendations with the reason when fewer than asked fit the segment. */
    RecommendationList recommendList(RecommendationQuery query);

    /** The recommendations alone. */
    default List<Recommendation> recommend(RecommendationQuery query) {
        return recommendList(query).items();
    }

    /** @param includeShandong false (default) for enterprises outside Shandong only, true for all regions */
    default List<Recommendation> recommend(String chainCode, String segmentCode, boolean includeShandong, int limit) {
        return recommend(RecommendationQuery.of(chainCode, segmentCode, includeShandong, limit));
    }
}
