package cn.tenstrong.evaluation.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import cn.tenstrong.evaluation.RoundStage;
import cn.tenstrong.evaluation.RoundView;
import cn.tenstrong.evaluation.persistence.EvaluationRows;
import cn.tenstrong.evaluation.persistence.EvaluationRows.RoundRow;
import cn.tenstrong.evaluation.persistence.EvaluationRows.SubjectRow;
import cn.tenstrong.shared.DomainException;
import org.springframework.stereotype.Component;

/** A 评价轮次 and its subjects as stored (不存在 otherwise), the round as shown, and the check that it is in a given stage. */
@Component
class RoundRecords {

    private final EvaluationRows rows;
    private final SchemeCatalog schemes;

    RoundRecords(EvaluationRows rows, SchemeCatalog schemes) {
        this.rows = rows;
        this.schemes = schemes;
    }

    RoundRow roundRow(long id) {
        return rows.round(id).orElseThrow(() -> DomainException.notFound("评价轮次不存在：" + id));
    }

    RoundView view(RoundRow r) {
        Map<RoundStage, LocalDate> deadlines = new EnumMap<>(RoundStage.class);
        rows.deadlines(r.id()).forEach(d -> deadlines.put(RoundStage.valueOf(d.stage()), d.due()));
        return view(r, deadlines);
    }

    RoundView view(RoundRow r, Map<RoundStage, LocalDate> deadlines) {
        var s = schemes.row(r.schemeId());
        return new RoundView(r.id(), r.schemeId(), s.code(), s.version(), s.name(), s.subjectType(), r.name(),
                r.year(), RoundStage.valueOf(r.stage()), r.demo(), r.frozenAt(), r.publishedAt(), r.version(),
                Map.copyOf(deadlines));
    }

    SubjectRow subjectRow(long roundId, long subjectId) {
        return rows.subject(roundId, subjectId).orElseThrow(() ->
                DomainException.notFound("参评对象不存在：" + subjectId));
    }

    RoundRow requireStage(long roundId, RoundStage stage) {
        RoundRow r = roundRow(roundId);
        if (!r.stage().equals(stage.name())) {
            throw DomainException.conflict("评价轮次当前处于“" + RoundStage.valueOf(r.stage()).label() + "”阶段，不能进行“"
                    + stage.label() + "”阶段的操作");
        }
        return r;
    }
}
