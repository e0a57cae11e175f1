package cn.tenstrong.project;

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
}
