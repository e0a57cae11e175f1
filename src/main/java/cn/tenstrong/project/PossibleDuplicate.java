package cn.tenstrong.project;

/** Another project that may be the same one, and why (shown, never merged). */
public record PossibleDuplicate(long projectId, String ref, String name, String cityName, String countyName,
                                String reason) {
}
