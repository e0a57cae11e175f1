package cn.tenstrong.chain.web;

import java.net.URI;

import cn.tenstrong.shared.DomainException;
import cn.tenstrong.shared.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem details for this module's JSON API. The page advice (portal) also applies to REST controllers, since
 * {@code @RestController} is a {@code @Controller}, and would answer API errors with the HTML error page; this
 * advice, scoped to the module's API controllers and ordered first, keeps them {@code application/problem+json}.
 */
@RestControllerAdvice(assignableTypes = ChainApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ChainApiProblems {

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException e) {
        HttpStatus status = switch (e.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(Problems.title(status));
        problem.setType(URI.create("urn:tenstrong:problem:" + e.kind().name().toLowerCase()));
        return problem;
    }
}
