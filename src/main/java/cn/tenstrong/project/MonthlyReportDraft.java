package cn.tenstrong.project;

import java.math.BigDecimal;

/** A monthly report to save (version 0 for a month not yet reported). */
public record MonthlyReportDraft(String period, BigDecimal completed, BigDecimal cumulative, BigDecimal fundsInPlace,
                                 String problems, String solver, int version) {
}
