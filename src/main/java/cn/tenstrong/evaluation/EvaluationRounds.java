package cn.tenstrong.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * 评价轮次 as a workflow: 申报 → 市级初审 → 专家评审 → 公示 (frozen, objections recorded) → 发布. Every action is
 * checked against the stage, the caller's rights and the version read, and audited.
 */
public interface EvaluationRounds {

    RoundView create(NewRound round);

    List<RoundView> rounds();

    RoundView round(long id);

    /** The subjects the caller may see: all for 专班/管理员/领导, own for a park or city, assigned for a reviewer. */
    List<RoundSubject> subjects(long roundId);

    RoundSubject declare(long roundId, long subjectId, Declaration declaration);

    /** 市级初审: pass or return a declaration. */
    RoundSubject cityReview(long roundId, long subjectId, boolean pass, int version);

    /** 分配评审专家 (by account name). */
    void assign(long roundId, long subjectId, String reviewer);

    /** The reviewer declares a conflict of interest (then cannot score the subject) or that there is none. */
    void declareConflict(long roundId, long subjectId, boolean conflicted, String note);

    /** A reviewer's scores of the expert indicators of an assigned subject. */
    void score(long roundId, long subjectId, Map<String, BigDecimal> scores);

    /** Moves the round to its next stage; entering 公示 computes and freezes the result. */
    RoundView advance(long roundId, int version);

    /**
     * Sets the stages' deadlines (replacing the earlier ones; a stage left out has none). Only 专班/管理员, not after
     * 发布; version-checked.
     */
    RoundView deadlines(long roundId, Map<RoundStage, java.time.LocalDate> deadlines, int version);

    /** 公示异议 (only during 公示). */
    void object(long roundId, String subjectKey, String text);

    RoundResults results(long roundId);
}
