package cn.tenstrong.evaluation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.evaluation.EvaluationTodos;
import cn.tenstrong.evaluation.persistence.EvaluationRows;
import cn.tenstrong.shared.AsOf;
import cn.tenstrong.shared.Present;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 评价待办 from the rounds' current stages. The day follows the 评估日期 rules ({@link AsOf}): a day the user names is
 * used as named; by default the platform's present day. A deadline is a calendar day, not a plan year, so the
 * default's cap at a plan year's end does not apply: a round still in 申报 after its deadline is overdue whatever
 * year it evaluates.
 */
@Service
@Transactional(readOnly = true)
class TodoService implements EvaluationTodos {

    private final EvaluationRows rows;
    private final SchemeCatalog schemes;
    private final CurrentUsers users;
    private final Present present;

    TodoService(EvaluationRows rows, SchemeCatalog schemes, CurrentUsers users, Present present) {
        this.rows = rows;
        this.schemes = schemes;
        this.users = users;
        this.present = present;
    }

    @Override
    public List<EvaluationTodo> myTodos(LocalDate asOf) {
        AsOf day = asOf != null ? AsOf.on(asOf) : AsOf.byDefault(present.today());
        return users.current().map(me -> todosFor(me, day.date())).orElse(List.of());
    }

    @Override
    public List<EvaluationTodo> todosFor(CurrentUser user, LocalDate day) {
        List<EvaluationTodo> out = new ArrayList<>();
        if (user.can(RoundAccess.DECLARE)) {
            for (EvaluationRows.UndeclaredRow r : rows.undeclared(user.organizationId())) {
                out.add(todo(EvaluationTodo.Kind.DECLARE, r.roundId(), r.roundName(), r.subjectName(), r.due(), day));
            }
        }
        Map<Long, Integer> expertLeaves = new HashMap<>();
        for (EvaluationRows.ReviewRow r : rows.reviewsOf(user.username())) {
            if ("DECLARED".equals(r.conflict())) {
                continue; // a declared conflict of interest ends the reviewer's part
            }
            int leaves = expertLeaves.computeIfAbsent(r.schemeId(), id -> (int) LeafPath.of(schemes.definition(
                    schemes.row(id))).stream().filter(lp -> lp.node().leaf().source() == Scheme.Source.EXPERT).count());
            if (r.conflict() == null || r.scored() < leaves) {
                out.add(todo(EvaluationTodo.Kind.SCORE, r.roundId(), r.roundName(), r.subjectName(), r.due(), day));
            }
        }
        out.sort(Comparator.comparing((EvaluationTodo t) -> t.due() == null ? LocalDate.MAX : t.due()));
        return out;
    }

    private static EvaluationTodo todo(EvaluationTodo.Kind kind, long roundId, String roundName, String subject,
                                       LocalDate due, LocalDate day) {
        return new EvaluationTodo(kind, roundId, roundName, subject, due, due != null && due.isBefore(day),
                "/evaluations/rounds/" + roundId);
    }
}
