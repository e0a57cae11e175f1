package cn.tenstrong.evaluation;

import java.time.LocalDate;
import java.util.List;

import cn.tenstrong.access.CurrentUser;

/**
 * 评价待办 for the home page's 我的待办 and the morning digest: a subject its organisation has still to declare while
 * the round is in 申报, and a subject a reviewer has still to score (conflict not declared, or expert indicators not
 * all scored) while the round is in 专家评审. Each carries the stage's deadline and is 已逾期 when the deadline lies
 * before the day the list is judged on.
 */
public interface EvaluationTodos {

    /**
     * 评价待办.
     *
     * @param kind    DECLARE (待申报) or SCORE (待评分)
     * @param due     the stage's deadline, null when the round has none
     * @param overdue the deadline lies before the day judged on
     * @param link    the round page
     */
    record EvaluationTodo(Kind kind, long roundId, String roundName, String subjectName, LocalDate due,
                          boolean overdue, String link) {

        /** Why it is on the list. */
        public enum Kind { DECLARE, SCORE }
    }

    /**
     * The to-dos of an account (for the digest, which runs without a login).
     *
     * @param day the day judged on (评估日期)
     */
    List<EvaluationTodo> todosFor(CurrentUser user, LocalDate day);

    /** The signed-in user's to-dos on the day asked for, or on the platform's present day (演示时点 or today) when null. */
    List<EvaluationTodo> myTodos(LocalDate asOf);
}
