package cn.tenstrong.evaluation;

import java.util.List;

/**
 * 参评对象候选: the platform's own records a new round's subjects are picked from, per subject type — parks and
 * counties from the organisation directory, clusters as city × industry, enterprises from the enterprise library —
 * each with the organisation that declares for it (the park itself; for a county its bureau; for a cluster or an
 * enterprise the bureau of its city), so nobody types a subject's name or owner by hand.
 */
public interface EvaluationSubjects {

    /** The subject types a round can evaluate (those the schemes name), in the schemes' order. */
    List<String> subjectTypes();

    /**
     * Candidates of a subject type matching {@code query} (name words; blank = all, except enterprises, which are
     * only searched), at most {@code limit}.
     */
    List<NewRound.Subject> candidates(String subjectType, String query, int limit);

    /** The subjects behind the keys (cohorts left empty); an unknown key is refused with its text. */
    List<NewRound.Subject> resolve(String subjectType, List<String> keys);
}
