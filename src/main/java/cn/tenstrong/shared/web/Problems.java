package cn.tenstrong.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Chinese titles for problem details, and writing one where no MVC handler is involved (security filters). */
public final class Problems {

    private Problems() {
    }

    /** The HTTP status a broken domain rule answers with. */
    public static HttpStatus status(cn.tenstrong.shared.DomainException.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
    }

    /** The problem detail of a domain error: status, Chinese title, the error's own (Chinese) message. */
    public static org.springframework.http.ProblemDetail of(cn.tenstrong.shared.DomainException e) {
        HttpStatus status = status(e.kind());
        org.springframework.http.ProblemDetail problem = org.springframework.http.ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(title(status));
        problem.setType(java.net.URI.create("urn:tenstrong:problem:" + e.kind().name().toLowerCase()));
        return problem;
    }

    public static String title(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "请求无效";
            case UNAUTHORIZED -> "未登录或登录已失效";
            case FORBIDDEN -> "无权访问";
            case NOT_FOUND -> "未找到";
            case CONFLICT -> "数据已被他人修改";
            case UNPROCESSABLE_ENTITY -> "数据校验失败";
            case METHOD_NOT_ALLOWED -> "请求方法不支持";
            case NOT_ACCEPTABLE -> "无法提供所需格式";
            case PAYLOAD_TOO_LARGE -> "文件过大";
            case URI_TOO_LONG, REQUEST_HEADER_FIELDS_TOO_LARGE -> "请求过长";
            case UNSUPPORTED_MEDIA_TYPE -> "内容类型不支持";
            default -> status.is5xxServerError() ? "服务器错误" : "请求无法处理";
        };
    }

    public static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        String body = "{\"type\":\"about:blank\",\"title\":\"" + escape(title(status)) + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + escape(detail) + "\"}";
        response.getWriter().write(body);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
