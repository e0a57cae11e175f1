package cn.tenstrong.targeting;

import java.util.List;

/**
 * 推荐结果: the recommended enterprises, best first, and why there are fewer than asked when the data has fewer that
 * fit. Only enterprises that fit the segment are recommended — placed on it, or naming it in their main business or
 * products while their SW industry (for listed companies) is one the segment admits —, never padded with firms that
 * score on honours and scale alone.
 *
 * @param items      at most {@code limit} recommendations
 * @param limit      how many were asked for
 * @param notFitting candidates found (by words or index) that do not fit and were left out
 * @param note       why the list is shorter than asked (null when it is not)
 */
public record RecommendationList(List<Recommendation> items, int limit, int notFitting, String note) {

    public RecommendationList {
        items = List.copyOf(items);
    }
}
