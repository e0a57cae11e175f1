package cn.tenstrong.portal.web;

import cn.tenstrong.shared.DomainException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Shows a domain error's Chinese message on the error page, with the matching HTTP status. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class UiErrorAdvice {

    @ExceptionHandler(DomainException.class)
    String domain(DomainException e, Model model, HttpServletResponse response) {
        HttpStatus status = cn.tenstrong.shared.web.Problems.status(e.kind());
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("message", e.getMessage());
        model.addAttribute("domainError", Boolean.TRUE);
        return "error";
    }
}
