package cn.tenstrong.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * 评价轮次. {@code version} is checked on every workflow action (409 when stale).
 *
 * @param deadlines 截止日期 per stage, only the stages that have one
 */
public record RoundView(long id, long schemeId, String schemeCode, int schemeVersion, String schemeName,
                        String subjectType, String name, int year, RoundStage stage, boolean demo, Instant frozenAt,
                        Instant publishedAt, int version, Map<RoundStage, LocalDate> deadlines) {

    public RoundView(long id, long schemeId, String schemeCode, int schemeVersion, String schemeName,
                     String subjectType, String name, int year, RoundStage stage, boolean demo, Instant frozenAt,
                     Instant publishedAt, int version) {
        this(id, schemeId, schemeCode, schemeVersion, schemeName, subjectType, name, year, stage, demo, frozenAt,
                publishedAt, version, Map.of());
    }

    /** The deadline of the stage the round is in, or null. */
    public LocalDate currentDeadline() {
        return deadlines == null ? null : deadlines.get(stage);
    }

    /** 已逾期: the round is still in a stage whose deadline lies before {@code day}. */
    public boolean overdueOn(LocalDate day) {
        LocalDate due = currentDeadline();
        return due != null && day != null && due.isBefore(day);
    }
}
