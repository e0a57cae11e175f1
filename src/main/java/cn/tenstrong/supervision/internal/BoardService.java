package cn.tenstrong.supervision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.access.Role;
import cn.tenstrong.shared.Present;
import cn.tenstrong.supervision.RectificationStatus;
import cn.tenstrong.supervision.RectificationView;
import cn.tenstrong.supervision.SupervisionBoard;
import cn.tenstrong.supervision.SupervisionCounts;
import cn.tenstrong.supervision.SupervisionTodo;
import cn.tenstrong.supervision.SupervisionTodo.Kind;
import cn.tenstrong.supervision.persistence.SupervisionRows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 我的待办, the digest's lines and the cockpit's counts of 督导整改. */
@Service
@Transactional(readOnly = true)
class BoardService implements SupervisionBoard {

    private final SupervisionRows rows;
    private final CurrentUsers users;
    private final Present present;

    BoardService(SupervisionRows rows, CurrentUsers users, Present present) {
        this.rows = rows;
        this.users = users;
        this.present = present;
    }

    @Override
    public List<SupervisionTodo> todos() {
        return users.current().map(this::todosFor).orElse(List.of());
    }

    @Override
    public List<SupervisionTodo> todosFor(CurrentUser me) {
        if (!me.can("supervision:inspection:read")) {
            return List.of();
        }
        LocalDate today = today();
        List<SupervisionTodo> todos = new ArrayList<>();
        if (me.can("supervision:rectification:write")) {
            for (RectificationView r : rows.rectifications(new SupervisionRows.Where(null, null, me.organizationId(), null))) {
                if (!r.status().awaitsOwner()) {
                    continue;
                }
                Kind kind = r.overdueOn(today) ? Kind.OVERDUE
                        : r.status() == RectificationStatus.RETURNED ? Kind.RETURNED : Kind.RECTIFY;
                String detail = kind == Kind.OVERDUE ? "已逾期" + r.daysOverdue(today) + "天"
                        : kind == Kind.RETURNED ? r.returnReason() : r.severity().label();
                todos.add(new SupervisionTodo(kind, title(r), detail, r.deadline(), link(r)));
            }
        }
        if (me.can("supervision:inspection:write") && (me.has(Role.SYS_ADMIN) || me.industryCode() != null)) {
            SupervisionRows.Where where = me.has(Role.SYS_ADMIN) ? SupervisionRows.Where.all()
                    : new SupervisionRows.Where(null, null, null, me.industryCode());
            for (RectificationView r : rows.rectifications(where)) {
                if (r.status() == RectificationStatus.SUBMITTED) {
                    todos.add(new SupervisionTodo(Kind.TO_VERIFY, title(r), r.ownerName(), null, link(r)));
                } else if (r.recheckDueOn(today)) {
                    todos.add(new SupervisionTodo(Kind.RECHECK, title(r), r.ownerName(), r.recheckOn(), link(r)));
                }
            }
        }
        todos.sort(Comparator.comparing((SupervisionTodo t) -> t.due() == null ? LocalDate.MAX : t.due()));
        return todos;
    }

    @Override
    public Map<String, SupervisionCounts> countsByIndustry(LocalDate asOf) {
        Map<String, List<RectificationView>> byIndustry = new TreeMap<>();
        rows.rectifications(SupervisionRows.Where.all())
                .forEach(r -> byIndustry.computeIfAbsent(r.industryCode(), k -> new ArrayList<>()).add(r));
        Map<String, SupervisionCounts> out = new TreeMap<>();
        byIndustry.forEach((code, list) -> out.put(code, count(list, asOf)));
        return out;
    }

    @Override
    public SupervisionCounts counts(String industryCode, LocalDate asOf) {
        SupervisionRows.Where where = industryCode == null ? SupervisionRows.Where.all()
                : new SupervisionRows.Where(null, null, null, industryCode);
        return count(rows.rectifications(where), asOf);
    }

    @Override
    public LocalDate today() {
        return present.today();
    }

    /** The counts on a day, from each 整改's history (those that did not exist yet are left out). */
    static SupervisionCounts count(List<RectificationView> list, LocalDate day) {
        int open = 0;
        int overdue = 0;
        int closed = 0;
        int recheck = 0;
        for (RectificationView r : list) {
            RectificationStatus s = r.statusOn(day);
            if (s == null) {
                continue;
            }
            if (s.closed()) {
                closed++;
                if (s == RectificationStatus.CLOSED && r.recheckOn() != null && !r.recheckOn().isAfter(day)) {
                    recheck++;
                }
            } else {
                open++;
                if (r.overdueOn(day)) {
                    overdue++;
                }
            }
        }
        return new SupervisionCounts(day, open, overdue, closed, recheck);
    }

    private static String title(RectificationView r) {
        String d = r.description();
        return r.inspectionTitle() + "：" + (d.length() > 30 ? d.substring(0, 30) + "…" : d);
    }

    private static String link(RectificationView r) {
        return "/supervision/rectifications/" + r.id();
    }
}
