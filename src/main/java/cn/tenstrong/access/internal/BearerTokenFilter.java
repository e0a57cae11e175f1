package cn.tenstrong.access.internal;

import java.io.IOException;

import cn.tenstrong.access.ApiToken;
import cn.tenstrong.shared.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Accepts {@code Authorization: Bearer tsq_…} on the API chain (HTTP Basic stays for compatibility). A READ token
 * only reads: anything but GET and HEAD is refused with 403.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokenService tokens;

    BearerTokenFilter(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var checked = tokens.authenticate(header.substring(7).strip());
        if (checked.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"tenstrong\", error=\"invalid_token\"");
            Problems.write(response, HttpStatus.UNAUTHORIZED, "令牌无效、已过期或已撤销");
            return;
        }
        if (checked.get().scope() == ApiToken.Scope.READ
                && !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            Problems.write(response, HttpStatus.FORBIDDEN, "此令牌为只读令牌，不能修改数据");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(checked.get().authentication());
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
