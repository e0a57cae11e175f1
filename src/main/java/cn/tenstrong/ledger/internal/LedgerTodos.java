package cn.tenstrong.ledger.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.Role;
import cn.tenstrong.ledger.ReportStatus;
import cn.tenstrong.ledger.ReportView;
import cn.tenstrong.ledger.RoundView;
import cn.tenstrong.ledger.TodoItem;
import cn.tenstrong.ledger.internal.ActiveItems.ItemContext;
import cn.tenstrong.ledger.persistence.LedgerRows;
import cn.tenstrong.plan.PlanItemView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** 待办: the reports a user's organisation still owes (未报, 逾期, 退回) and those waiting for the user's review. */
@Component
@Transactional(readOnly = true)
class LedgerTodos {

    private final LedgerRows rows;
    private final LedgerInputs inputs;
    private final cn.tenstrong.shared.Present present;

    LedgerTodos(LedgerRows rows, LedgerInputs inputs, cn.tenstrong.shared.Present present) {
        this.rows = rows;
        this.inputs = inputs;
        this.present = present;
    }

    List<TodoItem> todosFor(CurrentUser me) {
        LocalDate today = present.today();
        List<TodoItem> todos = new ArrayList<>();
        LedgerInputs.Snapshot in = inputs.get();
        List<RoundView> open = in.rounds().stream().filter(RoundView::open).toList();
        if (me.can("ledger:report:write")) {
            List<ItemContext> led = in.items().stream()
                    .filter(c -> c.item().lead().stream().anyMatch(r -> r.organizationId() == me.organizationId())).toList();
            Map<String, ReportView> mine = new HashMap<>();
            rows.reportsOfOrganization(me.organizationId()).forEach(r -> mine.put(r.roundId() + "/" + r.itemId(), r));
            for (RoundView round : open) {
                for (ItemContext ctx : led) {
                    if (!round.covers(ctx.industryCode())) {
                        continue;
                    }
                    ReportView report = mine.get(round.id() + "/" + ctx.item().id());
                    String link = "/ledger/rounds/" + round.id() + "/items/" + ctx.item().id();
                    String title = ctx.plan().industryName() + " " + ctx.item().label() + " " + headline(ctx.item());
                    if (report == null || report.status() == ReportStatus.DRAFT) {
                        TodoItem.Kind kind = round.dueDate().isBefore(today) ? TodoItem.Kind.OVERDUE : TodoItem.Kind.UNREPORTED;
                        todos.add(new TodoItem(kind, title, round.periodLabel(), round.dueDate(), link));
                    } else if (report.status() == ReportStatus.RETURNED) {
                        todos.add(new TodoItem(TodoItem.Kind.RETURNED, title, report.reviewComment(), round.dueDate(), link));
                    }
                }
            }
        }
        if (me.can("ledger:report:review")) {
            Map<Long, ItemContext> byId = new HashMap<>();
            in.items().forEach(c -> byId.put(c.item().id(), c));
            for (ReportView report : rows.reportsWithStatus(ReportStatus.SUBMITTED)) {
                ItemContext ctx = byId.get(report.itemId());
                if (ctx == null || !(me.has(Role.SYS_ADMIN) || ctx.industryCode() != null && ctx.industryCode().equals(me.industryCode()))) {
                    continue;
                }
                todos.add(new TodoItem(TodoItem.Kind.TO_REVIEW, ctx.plan().industryName() + " " + ctx.item().label() + " "
                        + headline(ctx.item()), report.organizationName(), null,
                        "/ledger/rounds/" + report.roundId() + "/items/" + report.itemId()));
            }
        }
        todos.sort(Comparator.comparing((TodoItem t) -> t.due() == null ? LocalDate.MAX : t.due()));
        return todos;
    }

    private static String headline(PlanItemView item) {
        String text = item.heading() != null ? item.heading() : item.text();
        return text.length() > 30 ? text.substring(0, 30) + "…" : text;
    }
}
