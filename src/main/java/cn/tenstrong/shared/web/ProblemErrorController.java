package cn.tenstrong.shared.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * 错误页 ({@code /error}): what the servlet container forwards to when no controller answered — an unknown address
 * (404), a method the address does not take (405), an upload over the size limit (413), an error outside any
 * controller. API calls (under {@code /api/}, or asking for JSON) get a Chinese problem detail, pages the error page;
 * nothing from the framework (exception names, English reasons) is shown. Opening {@code /error} itself is a 404.
 */
@Controller
class ProblemErrorController implements ErrorController {

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        HttpStatus status = status(request);
        String detail = detail(status);
        if (wantsJson(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setTitle(Problems.title(status));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView("error", Map.of("status", status.value(), "message", detail,
                "domainError", Boolean.TRUE));
        page.setStatus(status);
        return page;
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer c) {
            HttpStatus s = HttpStatus.resolve(c);
            if (s != null && s.isError()) {
                return s;
            }
            return s == null ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.NOT_FOUND;
        }
        return HttpStatus.NOT_FOUND; // /error opened directly: there is no such page
    }

    /** A Chinese explanation for each status the container may report. */
    static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "请求格式不正确";
            case UNAUTHORIZED -> "请先登录";
            case FORBIDDEN -> "您没有执行此操作的权限";
            case NOT_FOUND -> "请求的地址不存在";
            case METHOD_NOT_ALLOWED -> "该地址不支持此请求方法";
            case NOT_ACCEPTABLE -> "无法按所要求的格式返回结果";
            case PAYLOAD_TOO_LARGE -> "上传的文件或请求内容过大";
            case URI_TOO_LONG, REQUEST_HEADER_FIELDS_TOO_LARGE -> "请求地址或请求头过长";
            case UNSUPPORTED_MEDIA_TYPE -> "不支持该请求内容类型";
            default -> status.is5xxServerError() ? "服务器内部错误，请稍后重试或联系管理员" : "请求无法处理";
        };
    }

    private static boolean wantsJson(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String s ? s : request.getRequestURI();
        String context = request.getContextPath();
        if (path != null && path.startsWith(context + "/api/")) {
            return true;
        }
        String accept = request.getHeader("Accept");
        return accept != null && (accept.contains("application/json") || accept.contains("application/problem+json"))
                && !accept.contains("text/html");
    }
}
