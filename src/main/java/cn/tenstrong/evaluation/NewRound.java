package cn.tenstrong.evaluation;

import java.util.List;

/**
 * 新建评价轮次.
 *
 * @param schemeVersion null = the scheme's newest version
 */
public record NewRound(String schemeCode, Integer schemeVersion, String name, int year, boolean demo,
                       List<Subject> subjects) {

    /** 参评对象; {@code ownerOrgId} is the organisation that declares for it (a park itself, a city bureau). */
    public record Subject(String key, String name, String cohort, Long ownerOrgId) {
    }
}
