package cn.tenstrong.project;

/**
 * Which data a binding counts; null fields do not filter.
 *
 * @param year    calendar year of the reports counted (SUM_PROJECT_INVESTMENT)
 * @param tag     enterprise tag name (COUNT_ENTERPRISES_WITH_TAG)
 * @param stage   at least this stage (COUNT_PROJECTS)
 */
public record BindingFilter(String industryCode, ProjectCategory category, String cityCode, Integer year, String tag,
                            ProjectStage stage) {
}
