package cn.tenstrong.enterprise;

import java.util.List;

/**
 * 企业挂链: an enterprise placed on a leaf segment of a chain.
 *
 * @param enterpriseId  the enterprise
 * @param chainCode     the chain
 * @param segmentCode   the leaf segment
 * @param segmentName   its name
 * @param role          链主 / 骨干 / 配套
 * @param method        how it was placed
 * @param status        suggested, confirmed or rejected
 * @param confidence    0..1 (1 for manual and seed placements)
 * @param matchedTerms  the terms that placed it automatically
 * @param version       optimistic-lock version
 * @param evidence      why an automatic placement was made, in words (terms, product and its revenue share, industry)
 */
public record Placement(long enterpriseId, String chainCode, String segmentCode, String segmentName, PlacementRole role,
                        PlacementMethod method, PlacementStatus status, double confidence, List<String> matchedTerms,
                        int version, String evidence) {

    public Placement {
        matchedTerms = List.copyOf(matchedTerms);
        evidence = evidence == null ? "" : evidence;
    }

    /** A placement without written evidence. */
    public Placement(long enterpriseId, String chainCode, String segmentCode, String segmentName, PlacementRole role,
                     PlacementMethod method, PlacementStatus status, double confidence, List<String> matchedTerms,
                     int version) {
        this(enterpriseId, chainCode, segmentCode, segmentName, role, method, status, confidence, matchedTerms, version,
                "");
    }
}
