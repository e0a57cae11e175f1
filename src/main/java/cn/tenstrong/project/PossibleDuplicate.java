package cn.tenstrong.project;

import java.time.Instant;

/**
 * Another project that may be the same one, why it was flagged, and what was decided. Seen from one project of the
 * pair; {@code projectId} is the other one.
 *
 * @param reason         why detection flagged the pair
 * @param status         疑似重复, 不是重复 or 已确认重复
 * @param duplicateId    for 已确认重复: the project that is the duplicate (the other one is kept), else null
 * @param decisionReason the reason given with the decision
 * @param version        the decision's version (0 before any decision); changes send it back
 * @param canResolve     the current user may dismiss or confirm the pair (or undo a dismissal)
 * @param canReopen      the current user may undo the decision
 */
public record PossibleDuplicate(long projectId, String ref, String name, String cityName, String countyName,
                                String reason, DuplicateStatus status, Long duplicateId, String decisionReason,
                                String decidedBy, Instant decidedAt, int version, boolean canResolve,
                                boolean canReopen) {
}
