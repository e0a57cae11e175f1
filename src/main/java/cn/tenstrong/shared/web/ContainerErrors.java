package cn.tenstrong.shared.web;

import java.io.IOException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Errors Tomcat answers itself, before any servlet runs (a request line or headers over its limit, a malformed
 * request): its ErrorReportValve would write an English HTML page naming the server. This host's valve writes the
 * same Chinese problem detail the platform gives everywhere else instead.
 */
@Component
@ConditionalOnClass(StandardHost.class)
class ContainerErrors implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ChineseErrorReportValve.class.getName());
            }
        });
    }

    /** The host's error report: a Chinese problem detail for every status Tomcat reports on its own. */
    public static class ChineseErrorReportValve extends ErrorReportValve {

        private static final Logger log = LoggerFactory.getLogger(ChineseErrorReportValve.class);

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus resolved = HttpStatus.resolve(status);
            HttpStatus known = resolved == null ? HttpStatus.BAD_REQUEST : resolved;
            String detail = switch (known) {
                case BAD_REQUEST -> "请求无法处理：请求行或请求头过长或格式不正确（查询条件请精简后再试）";
                case REQUEST_HEADER_FIELDS_TOO_LARGE, URI_TOO_LONG -> "请求过长：请精简查询条件后再试";
                case PAYLOAD_TOO_LARGE -> "上传内容过大，超出平台允许的大小";
                default -> known.is5xxServerError() ? "服务器处理请求时出错，请稍后再试或联系管理员"
                        : "请求无法处理（状态码 " + status + "）";
            };
            try {
                response.resetBuffer();
                Problems.write(response, known, detail);
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response is already on its way; Tomcat has logged the original error
                log.debug("Container error {} could not be reported: {}", status, e.toString());
            }
        }
    }
}
