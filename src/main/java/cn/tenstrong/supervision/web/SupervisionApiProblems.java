package cn.tenstrong.supervision.web;

import java.util.List;
import java.util.Map;

import cn.tenstrong.shared.DomainException;
import cn.tenstrong.shared.web.Problems;
import cn.tenstrong.supervision.RectificationImportException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem details of the supervision API; an import's errors are listed in {@code errors} with row and column. */
@RestControllerAdvice(assignableTypes = SupervisionApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SupervisionApiProblems {

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException e) {
        ProblemDetail problem = Problems.of(e);
        if (e instanceof RectificationImportException imp) {
            List<Map<String, Object>> errors = imp.errors().stream()
                    .map(x -> Map.<String, Object>of("row", x.row(), "column", x.column(), "message", x.message()))
                    .toList();
            problem.setProperty("errors", errors);
        }
        return problem;
    }
}
