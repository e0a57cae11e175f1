package cn.tenstrong.targeting;

/**
 * A recommendation request.
 *
 * @param scope    where candidates may be registered (null: outside Shandong)
 * @param cityCode the Shandong city (370100 …) for {@link RegionScope#OUTSIDE_CITY}; ignored otherwise
 * @param limit    at most this many results
 * @param includeSynthetic 含模拟数据: synthetic (模拟) enterprises may be recommended; off unless the user asks
 */
public record RecommendationQuery(String chainCode, String segmentCode, RegionScope scope, String cityCode, int limit,
                                  boolean includeSynthetic) {

    public RecommendationQuery {
        scope = scope == null ? RegionScope.OUTSIDE_SHANDONG : scope;
    }

    /** Real enterprises only. */
    public RecommendationQuery(String chainCode, String segmentCode, RegionScope scope, String cityCode, int limit) {
        this(chainCode, segmentCode, scope, cityCode, limit, false);
    }

    /** The query of the original signature: outside Shandong, or everywhere when {@code includeShandong}. */
    public static RecommendationQuery of(String chainCode, String segmentCode, boolean includeShandong, int limit) {
        return new RecommendationQuery(chainCode, segmentCode,
                includeShandong ? RegionScope.ALL : RegionScope.OUTSIDE_SHANDONG, null, limit);
    }
}
