package cn.tenstrong.evaluation.web;

import cn.tenstrong.evaluation.DeclarationImportException;
import cn.tenstrong.shared.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused 申报模板 import answers with every problem in {@code errors} (row and column in each text), besides the
 * detail; ordered before the shared API advice, which would give the detail only.
 */
@RestControllerAdvice(assignableTypes = EvaluationApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EvaluationApiProblems {

    @ExceptionHandler(DeclarationImportException.class)
    ProblemDetail importRefused(DeclarationImportException e) {
        ProblemDetail problem = Problems.of(e);
        problem.setProperty("errors", e.errors());
        return problem;
    }
}
