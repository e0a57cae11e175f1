package cn.tenstrong.evaluation;

import java.util.Optional;

/** 评价结果 for other modules (e.g. the leaders' cockpit): the newest published round of a subject type. */
public interface EvaluationResults {

    /** @param subjectType PARK, CLUSTER or ENTERPRISE */
    Optional<RoundResults> latestPublished(String subjectType);
}
