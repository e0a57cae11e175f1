package cn.tenstrong.ledger;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What an agency writes for an item in a round: progress, the value reached per numeric target (by target id)
 * or the share done, problems needing coordination, and its own view of the status. {@code version} is the
 * version of the report it edits (0 for a new one).
 */
public record ReportDraft(long roundId, long itemId, String progressText, Map<Long, BigDecimal> values,
                          BigDecimal percentDone, ProgressStatus selfStatus, String problems, int version) {
}
