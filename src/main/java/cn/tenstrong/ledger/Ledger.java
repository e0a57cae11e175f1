package cn.tenstrong.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.tenstrong.shared.AsOf;

/**
 * 台账 as read: every active item's status, the to-do lists, scorecards and the figures of the dashboard, all judged
 * on one {@link AsOf 评估日期}. Pages resolve the date once with {@link #asOf(LocalDate)} and pass it on.
 */
public interface Ledger {

    /**
     * The 评估日期 of a request: the day asked for, or by default today with plans of ended years judged as of their
     * year's end (when all active plans then fall on one day, that day: links carrying it judge the same way).
     */
    AsOf asOf(LocalDate requested);

    /** The ledger on a 评估日期: accepted reports of rounds ended by then, statuses judged on that day. */
    List<LedgerRow> rows(String industryCode, Long organizationId, AsOf asOf);

    /** The ledger on the default 评估日期. */
    default List<LedgerRow> rows(String industryCode, Long organizationId) {
        return rows(industryCode, organizationId, asOf(null));
    }

    /** The ledger as it stood on a given day. */
    default List<LedgerRow> rowsAsOf(String industryCode, Long organizationId, LocalDate asOf) {
        return rows(industryCode, organizationId, AsOf.on(asOf));
    }

    /** Items by status on a 评估日期 (industry and organisation null for all). */
    StatusCounts statusCounts(String industryCode, Long organizationId, AsOf asOf);

    /** Items by status per industry (by industry code, in plan order) on a 评估日期. */
    Map<String, StatusCounts> statusCountsByIndustry(AsOf asOf);

    List<TodoItem> todos();

    /** The to-do list of a given user (the reminder digest sends it without a logged-in session). */
    List<TodoItem> todosFor(cn.tenstrong.access.CurrentUser user);

    /**
     * Forgets what this node has cached of the ledger, so that the next reading sees everything committed: changes
     * made on other nodes otherwise show here only within a minute. For a job that runs on one node for the whole
     * cluster (the reminder digest), whose readers elsewhere would not see what it missed.
     */
    void refresh();

    /** Agency scorecards on a 评估日期, with the figures other modules count per agency ({@link ScorecardFigure}). */
    List<Scorecard> agencyScorecards(AsOf asOf);

    /** The keys of the scorecard figures other modules contribute, in order (the scorecards' extra columns). */
    List<String> scorecardFigures();

    List<Scorecard> industryScorecards(AsOf asOf);

    /** Per round ended by the 评估日期 (oldest first): the label and the items by status at the round's end. */
    List<RoundTrend> trend(AsOf asOf);

    /** The items by status at the end of a round. */
    record RoundTrend(String label, Map<ProgressStatus, Integer> byStatus) {
    }
}
