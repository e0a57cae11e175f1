package cn.tenstrong.evaluation.internal;

import java.util.List;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.evaluation.EvaluationResults;
import cn.tenstrong.evaluation.RoundResults;
import cn.tenstrong.evaluation.RoundStage;
import cn.tenstrong.evaluation.persistence.EvaluationRows;
import cn.tenstrong.evaluation.persistence.EvaluationRows.RoundRow;
import cn.tenstrong.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 评价结果: the frozen result of a round from 公示 on (a live preview before, for 专班 only), with its objections. */
@Service
@Transactional(readOnly = true)
class PublishedResults implements EvaluationResults {

    private static final String WRITE = RoundAccess.WRITE;

    private final EvaluationRows rows;
    private final SchemeCatalog schemes;
    private final RoundScoring scoring;
    private final CurrentUsers users;
    private final RoundRecords records;

    PublishedResults(EvaluationRows rows, SchemeCatalog schemes, RoundScoring scoring, CurrentUsers users,
                     RoundRecords records) {
        this.rows = rows;
        this.schemes = schemes;
        this.scoring = scoring;
        this.users = users;
        this.records = records;
    }

    /** A round's result (the preview of 专班 before 公示). */
    public RoundResults results(long roundId) {
        CurrentUser me = users.require();
        RoundRow r = records.roundRow(roundId);
        boolean frozen = r.result() != null;
        if (!frozen && !me.can(WRITE)) {
            throw DomainException.forbidden("评价结果公示前只有专班可以预览");
        }
        FrozenResult stored = frozen ? Json.frozen(r.result())
                : scoring.compute(r, schemes.definition(schemes.row(r.schemeId())));
        List<RoundResults.Objection> objections = rows.objections(roundId).stream()
                .map(o -> new RoundResults.Objection(o.subjectKey(), o.text(), o.createdBy(), o.createdAt())).toList();
        return new RoundResults(records.view(r), frozen, stored.results(), stored.references(), objections);
    }

    @Override
    public java.util.Optional<RoundResults> latestPublished(String subjectType) {
        return rows.rounds().stream().filter(r -> RoundStage.PUBLISHED.name().equals(r.stage()))
                .filter(r -> schemes.row(r.schemeId()).subjectType().equals(subjectType))
                .findFirst().map(r -> results(r.id()));
    }
}
