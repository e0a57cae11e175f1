package cn.tenstrong.evaluation.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.tenstrong.evaluation.RoundResults;

/**
 * What a round stores when it enters 公示: the results, the reference values they were computed with and the
 * platform values read (metric → subject key → value), so the published result never changes with later data.
 */
record FrozenResult(List<RoundResults.SubjectResult> results, Map<String, RoundResults.ReferenceValues> references,
                    Map<String, Map<String, BigDecimal>> platformValues) {
}
