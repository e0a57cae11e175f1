package cn.tenstrong.shared.web;

import java.util.List;
import java.util.Map;

import cn.tenstrong.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of the JSON API into an RFC 9457 problem detail with the right status and a
 * Chinese title; raw exception text never reaches the client.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
// before the pages' advice, which also matches REST controllers (a @RestController is a @Controller); module
// advices that add extension members to their own problems run earlier still (HIGHEST_PRECEDENCE)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 100)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException e) {
        return Problems.of(e);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "您没有执行此操作的权限");
        problem.setTitle(Problems.title(HttpStatus.FORBIDDEN));
        return problem;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unhandled API error", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "服务器内部错误，请稍后重试或联系管理员");
        problem.setTitle(Problems.title(HttpStatus.INTERNAL_SERVER_ERROR));
        return problem;
    }

    /**
     * Every error Spring MVC itself reports (a parameter of the wrong type, unreadable JSON, a missing parameter or
     * part, an upload over the limit, an unsupported content type …): the status it chose, a Chinese detail naming
     * the parameter where there is one, never the framework's English text or a class name.
     */
    @Override
    protected org.springframework.http.ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body,
            org.springframework.http.HttpHeaders headers, org.springframework.http.HttpStatusCode statusCode,
            org.springframework.web.context.request.WebRequest request) {
        HttpStatus status = HttpStatus.resolve(statusCode.value());
        if (status == null) {
            status = HttpStatus.BAD_REQUEST;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, FrameworkErrors.detail(ex, status));
        problem.setTitle(Problems.title(status));
        return org.springframework.http.ResponseEntity.status(status).headers(headers)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @Override
    protected org.springframework.http.ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, org.springframework.http.HttpHeaders headers,
            org.springframework.http.HttpStatusCode status, org.springframework.web.context.request.WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, "提交的数据未通过校验");
        problem.setTitle(Problems.title(HttpStatus.UNPROCESSABLE_ENTITY));
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
                .toList();
        problem.setProperty("errors", errors);
        return org.springframework.http.ResponseEntity.unprocessableEntity().body(problem);
    }
}
