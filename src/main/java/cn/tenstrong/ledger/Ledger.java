package cn.tenstrong.ledger;

import java.util.List;
import java.util.Map;

/** 台账 as read: every active item's status, the to-do lists, scorecards and the figures of the dashboard. */
public interface Ledger {

    List<LedgerRow> rows(String industryCode, Long organizationId);

    /** The ledger as it stood on a given day (accepted reports of rounds ended by then, statuses judged on that day). */
    List<LedgerRow> rowsAsOf(String industryCode, Long organizationId, java.time.LocalDate asOf);

    List<TodoItem> todos();

    /** The to-do list of a given user (the reminder digest sends it without a logged-in session). */
    List<TodoItem> todosFor(cn.tenstrong.access.CurrentUser user);

    /**
     * The day statuses are judged on by default: today, or the end of the latest round's period when that is
     * earlier (a round's dashboard shows where things stood when the round was reported).
     */
    java.time.LocalDate defaultAsOf();

    List<Scorecard> agencyScorecards();

    List<Scorecard> industryScorecards();

    Map<ProgressStatus, Integer> provinceTotals();

    /** Per round (oldest first): the label and the count of reports by the status they established. */
    List<RoundTrend> trend();

    /** The share of items on track after each round. */
    record RoundTrend(String label, Map<ProgressStatus, Integer> byStatus) {
    }
}
