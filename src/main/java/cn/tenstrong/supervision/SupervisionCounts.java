package cn.tenstrong.supervision;

import java.time.LocalDate;

/** 整改 of an industry (or all) on a day: open (整改中, 已退回, 待核验), of them overdue, closed, 回头看 due. */
public record SupervisionCounts(LocalDate asOf, int open, int overdue, int closed, int recheckDue) {

    public int total() {
        return open + closed;
    }
}
