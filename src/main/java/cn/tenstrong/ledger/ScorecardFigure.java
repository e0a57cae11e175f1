package cn.tenstrong.ledger;

import java.util.Map;

import cn.tenstrong.shared.AsOf;

/**
 * 评分卡补充指标: a count per agency that another module keeps (e.g. 逾期整改 of 督导整改), shown as a column of the
 * agency scorecards. The other module implements this interface of the ledger's API, so the ledger reads the count
 * without depending on that module or its tables. Counts are asked for on every call (they are not part of the
 * ledger's cached inputs), so a change in the other module shows at once.
 */
public interface ScorecardFigure {

    /** The figure's key in {@link Scorecard#figures()}; pages name it by the message {@code ledger.score.figure.<key>}. */
    String key();

    /** Per organisation id, the count on the 评估日期 (organisations without one are left out). */
    Map<Long, Integer> byOrganization(AsOf asOf);

    /** Whether a count above zero is bad news (shown in red). */
    default boolean alarming() {
        return true;
    }
}
