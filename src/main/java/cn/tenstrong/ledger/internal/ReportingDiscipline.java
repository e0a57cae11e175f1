package cn.tenstrong.ledger.internal;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tenstrong.ledger.LedgerRow;
import cn.tenstrong.ledger.RoundView;
import cn.tenstrong.ledger.persistence.LedgerFactRows;
import cn.tenstrong.plan.PlanItemView.Responsible;
import cn.tenstrong.shared.AsOf;

/**
 * 报送纪律: per organisation, the reports due so far and those submitted by the due date.
 *
 * @param dueByOrg    reports due, by organisation
 * @param onTimeByOrg of those, submitted by the round's due date
 */
record ReportingDiscipline(Map<Long, Integer> dueByOrg, Map<Long, Integer> onTimeByOrg) {

    int due(long org) {
        return dueByOrg.getOrDefault(org, 0);
    }

    int onTime(long org) {
        return onTimeByOrg.getOrDefault(org, 0);
    }

    /** Reports due: those of rounds whose due date had passed on the day each item's plan is judged. */
    static ReportingDiscipline of(List<LedgerRow> ledger, AsOf asOf, LedgerInputs.Snapshot in, ZoneId zone) {
        Map<Long, Integer> due = new HashMap<>();
        Map<Long, Integer> onTime = new HashMap<>();
        Set<String> onTimeKeys = new HashSet<>();
        for (LedgerFactRows.ReportTiming t : in.timings()) {
            if (t.submittedAt() != null && !t.submittedAt().atZone(zone).toLocalDate().isAfter(t.dueDate())) {
                onTimeKeys.add(t.organizationId() + "/" + t.roundId() + "/" + t.itemId());
            }
        }
        for (RoundView round : in.rounds()) {
            for (LedgerRow row : ledger) {
                if (!round.covers(row.industryCode()) || !round.dueDate().isBefore(asOf.forPlanYear(row.planYear()))) {
                    continue;
                }
                for (Responsible lead : row.item().lead()) {
                    if (lead.placeholder()) {
                        continue;
                    }
                    due.merge(lead.organizationId(), 1, Integer::sum);
                    if (onTimeKeys.contains(lead.organizationId() + "/" + round.id() + "/" + row.item().id())) {
                        onTime.merge(lead.organizationId(), 1, Integer::sum);
                    }
                }
            }
        }
        return new ReportingDiscipline(due, onTime);
    }
}
