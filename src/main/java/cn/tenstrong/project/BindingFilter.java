package cn.tenstrong.project;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which data a binding counts; null fields do not filter.
 *
 * @param year      calendar year counted (the plan year)
 * @param tag       enterprise tag name (COUNT_ENTERPRISES_WITH_TAG)
 * @param stage     at least this stage (COUNT_PROJECTS); 签约 for COUNT_EVENTS: only events a lead was signed from
 * @param eventType 招商活动 type code (COUNT_EVENTS), e.g. MATCHMAKING
 */
public record BindingFilter(String industryCode, ProjectCategory category, String cityCode, Integer year, String tag,
                            ProjectStage stage, String eventType) {

    /** A filter without an event type. */
    public BindingFilter(String industryCode, ProjectCategory category, String cityCode, Integer year, String tag,
                         ProjectStage stage) {
        this(industryCode, category, cityCode, year, tag, stage, null);
    }

    /**
     * The days of the filter's year up to a day (the whole year once the day is past it), or empty when the day is
     * before the year: what a count "as of" the day covers.
     */
    public Optional<Period> yearUpTo(LocalDate asOf) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate to = asOf.isBefore(end) ? asOf : end;
        return to.isBefore(from) ? Optional.empty() : Optional.of(new Period(from, to));
    }

    /** Days from {@code from} to {@code to} (both included). */
    public record Period(LocalDate from, LocalDate to) {
    }
}
