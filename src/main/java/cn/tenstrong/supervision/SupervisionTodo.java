package cn.tenstrong.supervision;

import java.time.LocalDate;

/** 我的待办 from 督导整改: something an owner agency or a task force must do, with the page that does it. */
public record SupervisionTodo(Kind kind, String title, String detail, LocalDate due, String link) {

    /** Why it is on the list (整改 to report, returned, overdue; reports to verify; 回头看 due). */
    public enum Kind {
        RECTIFY("待整改"), RETURNED("整改被退回"), OVERDUE("整改逾期"), TO_VERIFY("待核验销号"), RECHECK("回头看到期");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
