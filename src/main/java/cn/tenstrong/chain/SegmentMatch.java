package cn.tenstrong.chain;

import java.util.List;

/**
 * 环节匹配结果: one candidate placement of an enterprise on a leaf segment.
 *
 * @param chain        the chain
 * @param segment      the leaf segment
 * @param confidence   0..1, grows with the evidence
 * @param score        the raw score behind the confidence (for ranking and tuning)
 * @param matchedTerms keywords or products found in the texts, products first
 * @param gbtMatch     how the enterprise's industry code relates to the segment's GB/T classes
 * @param industryLabel the industry classification that names this leaf (申万行业白酒Ⅲ), empty when none does
 * @param industryScore the part of {@code score} that the industry classification adds
 */
public record SegmentMatch(Chain chain, ChainSegment segment, double confidence, double score,
                           List<String> matchedTerms, GbtMatch gbtMatch, String industryLabel, double industryScore) {

    public SegmentMatch {
        matchedTerms = List.copyOf(matchedTerms);
        industryLabel = industryLabel == null ? "" : industryLabel;
    }

    public SegmentMatch(Chain chain, ChainSegment segment, double confidence, double score, List<String> matchedTerms,
                        GbtMatch gbtMatch) {
        this(chain, segment, confidence, score, matchedTerms, gbtMatch, "", 0);
    }

    /** The confidence the words and codes alone give, without the industry classification's support. */
    public double wordConfidence() {
        return 1 - Math.exp(-(score - industryScore) / SegmentMatcher.SCALE);
    }

    /** 国民经济行业代码与环节的关系. */
    public enum GbtMatch {
        /** 4位小类相同. */
        EXACT,
        /** 同一3位中类. */
        GROUP,
        /** 无关或未提供. */
        NONE
    }
}
