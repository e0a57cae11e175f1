package cn.tenstrong.targeting;

import java.util.List;

/**
 * 招商目标推荐 for a chain segment: enterprises placed on it or whose text uses its vocabulary, ranked by
 * 文本相关 (segment keywords and products in name, scope and products, 40), 行业代码 (GB/T class against the
 * segment's classes, 25), 荣誉标签 (20) and 规模 (registered capital or revenue, 15).
 */
public interface TargetRecommender {

    /** @param includeShandong false (default) for enterprises outside Shandong only */
    List<Recommendation> recommend(String chainCode, String segmentCode, boolean includeShandong, int limit);
}
