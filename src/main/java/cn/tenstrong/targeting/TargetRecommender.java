package cn.tenstrong.targeting;

import java.util.List;

/**
 * 招商目标推荐 for a chain segment: enterprises placed on it or whose text uses its vocabulary, ranked by five
 * explained factors whose points add up to the score: 文本相关, 行业代码, 荣誉标签, 规模 and 供应链关系 (supplying
 * or buying from a local 链主/骨干 enterprise of the chain). The weights are set per chain
 * ({@link RecommendationWeights}).
 */
public interface TargetRecommender {

    List<Recommendation> recommend(RecommendationQuery query);

    /** @param includeShandong false (default) for enterprises outside Shandong only, true for all regions */
    default List<Recommendation> recommend(String chainCode, String segmentCode, boolean includeShandong, int limit) {
        return recommend(RecommendationQuery.of(chainCode, segmentCode, includeShandong, limit));
    }
}
