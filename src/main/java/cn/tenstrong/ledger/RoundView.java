package cn.tenstrong.ledger;

import java.time.Instant;
import java.time.LocalDate;

/** 调度轮次: one progress round of an industry (or of all industries when industryCode is null). */
public record RoundView(long id, String industryCode, String industryName, String periodKind, String periodLabel,
                        LocalDate periodStart, LocalDate periodEnd, LocalDate dueDate, String status, boolean demo,
                        String openedBy, Instant openedAt, int version) {

    public boolean open() {
        return "OPEN".equals(status);
    }

    public boolean covers(String industry) {
        return industryCode == null || industryCode.equals(industry);
    }
}
