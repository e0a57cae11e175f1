package cn.tenstrong.shared.web;

import cn.tenstrong.shared.DomainException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 页面错误: the one mapping of a refused change on a page. 无权 (403) and 不存在 (404) go on to the error page
 * ({@code portal.web.UiErrorAdvice}, with their status); an invalid or stale change (422, 409) is shown on the page the
 * user came from, in the service's words.
 */
public final class PageErrors {

    private PageErrors() {
    }

    /** The message to show on the page; rethrows a refusal the page cannot show. */
    public static String shown(DomainException e) {
        if (e.kind() == DomainException.Kind.FORBIDDEN || e.kind() == DomainException.Kind.NOT_FOUND) {
            throw e;
        }
        return e.getMessage();
    }

    /** Puts the message in the redirect's flash attribute {@code error}; rethrows a refusal the page cannot show. */
    public static void flash(DomainException e, RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", shown(e));
    }
}
