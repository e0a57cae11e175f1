package cn.tenstrong.evaluation.internal;

import java.math.BigDecimal;

import cn.tenstrong.evaluation.RoundResults.SubjectResult;

/** How the result files write numbers, awards and statuses (the same words in the Word and the Excel file). */
final class ResultText {

    private ResultText() {
    }

    static String number(BigDecimal v) {
        return v == null ? "—" : v.stripTrailingZeros().toPlainString();
    }

    /** 奖励: "基础奖励 200万元，最高 2000万元" style; empty when none. */
    static String award(SubjectResult r) {
        if (r.awardBase() == null && r.awardUpTo() == null) {
            return "";
        }
        boolean base = r.awardBase() != null && r.awardBase().signum() > 0;
        if (r.awardUpTo() == null) {
            return number(r.awardBase()) + "万元";
        }
        return (base ? number(r.awardBase()) + "万元基础奖励，" : "") + "最高" + number(r.awardUpTo()) + "万元";
    }

    static String status(SubjectResult r) {
        return switch (r.status()) {
            case "VETOED" -> "一票否决";
            case "BELOW_THRESHOLD" -> "未达门槛";
            default -> "参与排名";
        };
    }
}
