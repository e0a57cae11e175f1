package cn.tenstrong.evaluation.internal;

import cn.tenstrong.evaluation.EvaluationDocuments;
import cn.tenstrong.evaluation.EvaluationRounds;
import cn.tenstrong.evaluation.RoundResults;
import cn.tenstrong.shared.DomainException;
import org.springframework.stereotype.Service;

/** 评价结果文件: reads the frozen result (with the caller's rights) and writes it as Word or Excel. */
@Service
class ResultDocumentService implements EvaluationDocuments {

    private final EvaluationRounds rounds;

    ResultDocumentService(EvaluationRounds rounds) {
        this.rounds = rounds;
    }

    @Override
    public byte[] publicityDocument(long roundId) {
        return PublicityDocument.write(frozen(roundId));
    }

    @Override
    public byte[] resultWorkbook(long roundId) {
        return ResultWorkbook.write(frozen(roundId));
    }

    private RoundResults frozen(long roundId) {
        RoundResults results = rounds.results(roundId);
        if (!results.frozen()) {
            // a preview may still change with declarations and scores: nothing official is written from it
            throw DomainException.invalid("round", "评价轮次进入公示后才能生成结果文件");
        }
        return results;
    }
}
