package cn.tenstrong.project;

import java.math.BigDecimal;
import java.util.List;

/**
 * 项目指标 for a year over the projects the user may see: 开工率 (projects at 开工 or later ÷ projects planned to
 * start in the year), 投资完成率 (本年完成投资 ÷ 年度计划投资), 资金到位率 (到位资金 ÷ 完成投资 in the year).
 */
public interface ProjectKpis {

    /** How the rows are grouped. MONTH rows are year-to-date through that month. */
    enum Dimension { TOTAL, INDUSTRY, CITY, CATEGORY, MONTH }

    /** One group's figures; rates are percentages with one decimal, null when the denominator is 0. */
    record KpiRow(String key, String label, int plannedToStart, int started, BigDecimal startRate,
                  BigDecimal yearPlanned, BigDecimal completed, BigDecimal completionRate, BigDecimal fundsInPlace,
                  BigDecimal fundsRate) {
    }

    /** The figures of a whole year (projects started by its end, all its months). */
    List<KpiRow> kpis(int year, Dimension dimension);

    /**
     * The figures as of a 评估日期: its year, projects started by that day, monthly reports of the months ended by it
     * (a month's report is not complete before the month is over). MONTH rows stop at the last month ended.
     */
    List<KpiRow> kpis(java.time.LocalDate asOf, Dimension dimension);
}
