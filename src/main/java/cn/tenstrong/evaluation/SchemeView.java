package cn.tenstrong.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * 评价方案 as shown and served: its indicator tree, whether it can score a round (no group 待专班补充), and its
 * award rule with the sentence it comes from.
 *
 * @param basis the public text the scheme follows, quoted
 * @param flags the flags a declaration may carry that the scheme reads (否决事项, 直通条件, 奖励排除事项)
 */
public record SchemeView(long id, String code, int version, String name, String subjectType, String unit,
                         BigDecimal total, boolean usable, boolean demo, String basis, List<Indicator> indicators,
                         AwardRule award, List<Flag> flags) {

    /**
     * 声明事项.
     *
     * @param kind VETO (一票否决), DIRECT (直通条件) or EXCLUDE (不予奖励)
     */
    public record Flag(String name, String kind, String reason) {
    }

    /**
     * 指标 (group or leaf).
     *
     * @param status OFFICIAL, or PENDING (待专班补充)
     * @param rule   the scoring rule in words, null for a group
     */
    public record Indicator(String code, String name, BigDecimal weight, String status, String unit, String direction,
                            String source, String metric, String rule, List<Indicator> children) {
    }

    /** 奖励规则: amounts in 万元. */
    public record AwardRule(Integer topN, boolean perCohort, BigDecimal base, BigDecimal upTo, BigDecimal budget,
                            boolean notTwiceInYear, String quote) {
    }
}
