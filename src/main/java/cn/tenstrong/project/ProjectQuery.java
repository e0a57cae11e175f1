package cn.tenstrong.project;

/** Filters of the project list; blank or null means any. */
public record ProjectQuery(String text, String industryCode, String cityCode, ProjectCategory category,
                           ProjectStage stage, Boolean duplicatesOnly) {

    public static ProjectQuery all() {
        return new ProjectQuery(null, null, null, null, null, null);
    }
}
