package cn.tenstrong.project;

import java.math.BigDecimal;

/** A monthly investment report was saved (published inside the saving transaction). */
public record ProjectInvestmentReported(long projectId, String ref, String industryCode, String cityCode,
                                        String period, BigDecimal completed, BigDecimal cumulative) {
}
