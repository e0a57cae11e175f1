package cn.tenstrong.enterprise.web;

import java.util.List;
import java.util.Map;

import cn.tenstrong.enterprise.EnterpriseImportException;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.shared.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem details for this module's JSON API. The page advice (portal) also applies to REST controllers, since
 * {@code @RestController} is a {@code @Controller}, and would answer API errors with the HTML error page; this
 * advice, scoped to the module's API controllers and ordered first, keeps them {@code application/problem+json}.
 * An import's errors are listed in {@code errors} with row and column.
 */
@RestControllerAdvice(assignableTypes = {EnterpriseApi.class, ChainMapApi.class, RelationApi.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class EnterpriseApiProblems {

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException e) {
        ProblemDetail problem = Problems.of(e);
        if (e instanceof EnterpriseImportException imp) {
            List<Map<String, Object>> errors = imp.errors().stream()
                    .map(x -> Map.<String, Object>of("row", x.row(), "column", x.column(), "message", x.message())).toList();
            problem.setProperty("errors", errors);
        }
        return problem;
    }
}
