package cn.tenstrong.portal.internal;

import java.math.BigDecimal;
import java.util.List;

import cn.tenstrong.ledger.ProgressStatus;
import cn.tenstrong.ledger.StatusCounts;
import cn.tenstrong.shared.AsOf;

/**
 * 领导驾驶舱 as read on one 评估日期: the programme per industry (11 industries, 12 plans: 文旅 has two), its
 * cities and its trend across rounds. Parts the user may not read are null (not zero): the page leaves them out.
 *
 * @param kpiDay the day the project KPIs are computed for (the 评估日期, or its plan year's end when it is capped)
 */
public record CockpitView(AsOf asOf, java.time.LocalDate kpiDay, StatusCounts total, List<IndustryPanel> industries,
                          List<CityRow> cities, List<TrendPoint> trend, Kpi totalKpi, Funnel totalFunnel,
                          Integer totalGaps, StatusCounts unassigned) {

    /** A round ended by the 评估日期 (rounds ending the same day are one point): the items by status at its end. */
    public record TrendPoint(String label, java.time.LocalDate end, StatusCounts counts) {
    }

    /** One of the 11 industries: its plans (two for 文旅) and the figures over them. */
    public record IndustryPanel(String code, String name, List<PlanLine> plans, StatusCounts counts,
                                List<KeyTarget> keyTargets, Kpi kpi, Funnel funnel, List<ChainGaps> chains,
                                Integer gaps) {

        public long boundTargets() {
            return keyTargets.stream().filter(KeyTarget::bound).count();
        }

        public long reportedTargets() {
            return keyTargets.stream().filter(t -> !t.bound() && t.reached() != null).count();
        }
    }

    /** A plan of the industry (by its industry code: 01..11, 0901, 0902) and its items by status. */
    public record PlanLine(String industryCode, String name, StatusCounts counts) {
    }

    /**
     * A target of the plan's 工作目标 (key target): the goal as written, the value reached (live when bound, else the
     * latest accepted report), the share of the goal reached (null for caps and without a value) and its status.
     */
    public record KeyTarget(long itemId, String itemLabel, String text, String goal, BigDecimal reached,
                            String reachedDisplay, BigDecimal percent, ProgressStatus status, boolean bound,
                            String liveSource) {
    }

    /** 开工率, 投资完成率, 资金到位率 with the counts behind them (rates in percent, null without a denominator). */
    public record Kpi(int plannedToStart, int started, BigDecimal startRate, BigDecimal yearPlanned,
                      BigDecimal completed, BigDecimal completionRate, BigDecimal fundsInPlace, BigDecimal fundsRate) {
    }

    /** 招商漏斗: leads that reached 线索, 接洽, 考察, 洽谈, 签约, and 终止 (registered in the 评估日期's year). */
    public record Funnel(List<Long> counts) {

        public long lead() {
            return counts.get(0);
        }

        public long signed() {
            return counts.get(4);
        }

        public long dropped() {
            return counts.get(5);
        }
    }

    /** A chain of the industry and its 短板环节 (computed and declared). */
    public record ChainGaps(String chainCode, String chainName, int gaps) {
    }

    /** One of Shandong's 16 cities: project KPIs and signed leads. */
    public record CityRow(String code, String name, Kpi kpi, Long signedLeads) {
    }
}
