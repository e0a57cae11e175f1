package cn.tenstrong.targeting;

/**
 * A recommendation request.
 *
 * @param scope    where candidates may be registered (null: outside Shandong)
 * @param cityCode the Shandong city (370100 …) for {@link RegionScope#OUTSIDE_CITY}; ignored otherwise
 * @param limit    at most this many results
 */
public record RecommendationQuery(String chainCode, String segmentCode, RegionScope scope, String cityCode, int limit) {

    public RecommendationQuery {
        scope = scope == null ? RegionScope.OUTSIDE_SHANDONG : scope;
    }

    /** The query of the original signature: outside Shandong, or everywhere when {@code includeShandong}. */
    public static RecommendationQuery of(String chainCode, String segmentCode, boolean includeShandong, int limit) {
        return new RecommendationQuery(chainCode, segmentCode,
                includeShandong ? RegionScope.ALL : RegionScope.OUTSIDE_SHANDONG, null, limit);
    }
}
