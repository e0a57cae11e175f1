package cn.tenstrong.shared.web;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Chinese wording of the errors Spring MVC reports before a controller runs; names only what the caller sent. */
final class FrameworkErrors {

    private static final int MAX_ECHO = 50;

    private FrameworkErrors() {
    }

    static String detail(Exception ex, HttpStatus status) {
        if (ex instanceof MethodArgumentTypeMismatchException m) {
            return "参数“" + m.getName() + "”的值“" + echo(m.getValue()) + "”格式不正确";
        }
        if (ex instanceof TypeMismatchException t) {
            return "参数“" + (t.getPropertyName() == null ? "" : t.getPropertyName()) + "”的值“" + echo(t.getValue())
                    + "”格式不正确";
        }
        if (ex instanceof HttpMessageNotReadableException) {
            return "请求体无法读取：须为有效的 JSON，且各字段的类型正确";
        }
        if (ex instanceof MissingServletRequestParameterException m) {
            return "缺少必填参数“" + m.getParameterName() + "”";
        }
        if (ex instanceof MissingServletRequestPartException m) {
            return "缺少上传的文件“" + m.getRequestPartName() + "”";
        }
        if (ex instanceof MissingPathVariableException) {
            return "请求的地址不完整";
        }
        if (ex instanceof MaxUploadSizeExceededException) {
            return "上传的文件过大";
        }
        if (ex instanceof HttpRequestMethodNotSupportedException m) {
            return "该地址不支持 " + m.getMethod() + " 请求";
        }
        if (ex instanceof HttpMediaTypeNotSupportedException) {
            return "不支持该请求内容类型";
        }
        if (ex instanceof NoResourceFoundException) {
            return "请求的地址不存在";
        }
        return ProblemErrorController.detail(status);
    }

    private static String echo(Object value) {
        String s = String.valueOf(value);
        return s.length() > MAX_ECHO ? s.substring(0, MAX_ECHO) + "…" : s;
    }
}
