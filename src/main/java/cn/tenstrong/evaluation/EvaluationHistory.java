package cn.tenstrong.evaluation;

import java.util.List;

/** 历年评价 of a subject across rounds and years (frozen results only, oldest first). */
public interface EvaluationHistory {

    /**
     * @param subjectType PARK, CLUSTER or ENTERPRISE
     * @param subjectKey  as in {@link RoundSubject#key()}
     */
    List<SubjectHistory> history(String subjectType, String subjectKey);
}
