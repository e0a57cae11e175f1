package cn.tenstrong.evaluation.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.evaluation.RoundStage;
import cn.tenstrong.evaluation.persistence.EvaluationRows;
import cn.tenstrong.evaluation.persistence.EvaluationRows.AssignmentRow;
import cn.tenstrong.evaluation.persistence.EvaluationRows.RoundRow;
import cn.tenstrong.shared.DomainException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** 专家评审: a reviewer declares a conflict of interest, then scores the expert-scored indicators of the subjects assigned to them. */
@Component
@Transactional(readOnly = true)
class ExpertReview {

    private final EvaluationRows rows;
    private final SchemeCatalog schemes;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final RoundRecords records;

    ExpertReview(EvaluationRows rows, SchemeCatalog schemes, CurrentUsers users, AuditTrail audit,
                 RoundRecords records) {
        this.rows = rows;
        this.schemes = schemes;
        this.users = users;
        this.audit = audit;
        this.records = records;
    }

    private AssignmentRow myAssignment(CurrentUser me, long roundId, long subjectId) {
        return rows.assignments(roundId).stream()
                .filter(a -> a.subjectId() == subjectId && a.reviewer().equals(me.username())).findFirst()
                .orElseThrow(() -> DomainException.forbidden("您未被分配评审该参评对象"));
    }

    @Transactional
    void declareConflict(long roundId, long subjectId, boolean conflicted, String note) {
        CurrentUser me = users.require();
        records.requireStage(roundId, RoundStage.EXPERT_REVIEW);
        AssignmentRow a = myAssignment(me, roundId, subjectId);
        rows.declareConflict(subjectId, me.username(), conflicted ? "DECLARED" : "NONE", note);
        audit.record("CONFLICT", "evaluation.assignment", subjectId + "/" + me.username(), a.conflict(),
                Map.of("conflicted", conflicted, "note", note == null ? "" : note));
    }

    @Transactional
    void score(long roundId, long subjectId, Map<String, BigDecimal> scores) {
        CurrentUser me = users.require();
        RoundRow round = records.requireStage(roundId, RoundStage.EXPERT_REVIEW);
        AssignmentRow a = myAssignment(me, roundId, subjectId);
        if (a.conflict() == null) {
            throw DomainException.conflict("请先声明是否存在利益冲突");
        }
        if ("DECLARED".equals(a.conflict())) {
            throw DomainException.forbidden("您已声明与该参评对象存在利益冲突，不能评分");
        }
        Scheme scheme = schemes.definition(schemes.row(round.schemeId()));
        Map<String, BigDecimal> max = new HashMap<>();
        LeafPath.of(scheme).stream().filter(lp -> lp.node().leaf().rule() instanceof ScoringRule.ExpertScore)
                .forEach(lp -> max.put(lp.node().code(),
                        ((ScoringRule.ExpertScore) lp.node().leaf().rule()).maxScore()));
        if (scores == null || scores.isEmpty()) {
            throw DomainException.invalid("scores", "请填写评分");
        }
        scores.forEach((leaf, v) -> {
            if (!max.containsKey(leaf)) {
                throw DomainException.invalid("scores", "指标“" + leaf + "”不是专家评分指标");
            }
            if (v == null || v.signum() < 0 || v.compareTo(max.get(leaf)) > 0) {
                throw DomainException.invalid("scores", "指标“" + leaf + "”的评分应在0到"
                        + max.get(leaf).stripTrailingZeros().toPlainString() + "之间");
            }
        });
        scores.forEach((leaf, v) -> rows.score(subjectId, me.username(), leaf, v));
        audit.record("SCORE", "evaluation.score", subjectId + "/" + me.username(), null, scores);
    }
}
