package cn.tenstrong.ledger;

import java.time.LocalDate;

/** 我的待办: something an agency or task force must do, with the page that does it. */
public record TodoItem(Kind kind, String title, String detail, LocalDate due, String link) {

    /** Why it is on the list. */
    public enum Kind { UNREPORTED, RETURNED, OVERDUE, TO_REVIEW }
}
