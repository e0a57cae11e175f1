package cn.tenstrong.evaluation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.evaluation.EvaluationHistory;
import cn.tenstrong.evaluation.RoundResults.SubjectResult;
import cn.tenstrong.evaluation.SubjectHistory;
import cn.tenstrong.evaluation.persistence.EvaluationRows;
import cn.tenstrong.evaluation.persistence.EvaluationRows.RoundRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A subject's results across rounds, read from the stored (frozen) results, so a year's figure is what was published
 * that year whatever the data says now. Rounds before 公示 have no result and are not listed. Frozen results are public
 * to every reader of evaluations, as on the results page.
 */
@Service
@Transactional(readOnly = true)
class SubjectHistoryService implements EvaluationHistory {

    private final EvaluationRows rows;
    private final SchemeCatalog schemes;
    private final CurrentUsers users;

    SubjectHistoryService(EvaluationRows rows, SchemeCatalog schemes, CurrentUsers users) {
        this.rows = rows;
        this.schemes = schemes;
        this.users = users;
    }

    @Override
    public List<SubjectHistory> history(String subjectType, String subjectKey) {
        users.require();
        List<SubjectHistory> out = new ArrayList<>();
        for (RoundRow r : rows.rounds()) {
            if (r.result() == null) {
                continue;
            }
            var scheme = schemes.row(r.schemeId());
            if (!scheme.subjectType().equals(subjectType)) {
                continue;
            }
            List<SubjectResult> results = Json.frozen(r.result()).results();
            int ranked = (int) results.stream().map(SubjectResult::rank).filter(Objects::nonNull).count();
            results.stream().filter(s -> s.key().equals(subjectKey)).findFirst().ifPresent(s -> out.add(
                    new SubjectHistory(r.id(), r.name(), r.year(), r.demo(), scheme.name(), scheme.version(), s.total(),
                            s.rank(), ranked, s.tier(), s.status(), s.awardBase(), s.awardUpTo())));
        }
        out.sort(Comparator.comparingInt(SubjectHistory::year).thenComparingLong(SubjectHistory::roundId));
        return out;
    }
}
