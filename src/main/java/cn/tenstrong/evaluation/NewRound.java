package cn.tenstrong.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 新建评价轮次.
 *
 * @param schemeVersion null = the scheme's newest version
 * @param deadlines     截止日期 per stage (申报, 市级初审, 专家评审, 公示; none for 发布), each on or after the one before;
 *                      null or empty = none yet
 */
public record NewRound(String schemeCode, Integer schemeVersion, String name, int year, boolean demo,
                       List<Subject> subjects, Map<RoundStage, LocalDate> deadlines) {

    public NewRound(String schemeCode, Integer schemeVersion, String name, int year, boolean demo,
                    List<Subject> subjects) {
        this(schemeCode, schemeVersion, name, year, demo, subjects, Map.of());
    }

    /** 参评对象; {@code ownerOrgId} is the organisation that declares for it (a park itself, a city bureau). */
    public record Subject(String key, String name, String cohort, Long ownerOrgId) {
    }
}
