package org.scikg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Cross-origin access for the listed origins only ({@code *} for any). A request from another origin, or one
 * without an {@code Origin} header, passes through without CORS headers, so browsers keep it same-origin. Preflight
 * requests from an allowed origin are answered here (204); only GET, POST and OPTIONS are offered.
 */
final class CorsFilter implements Filter {
    private final Set<String> origins;

    /** @param origins allowed origins, e.g. {@code https://example.org}; {@code *} allows every origin */
    CorsFilter(Set<String> origins) {
        this.origins = Set.copyOf(origins);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String origin = req.getHeader("Origin");
        if (origin == null || !(origins.contains("*") || origins.contains(origin))) {
            chain.doFilter(request, response);
            return;
        }
        resp.setHeader("Access-Control-Allow-Origin", origins.contains("*") ? "*" : origin);
        resp.addHeader("Vary", "Origin");
        resp.setHeader("Access-Control-Expose-Headers", SafeQuery.ROW_LIMIT_HEADER + ", Content-Type");
        if ("OPTIONS".equals(req.getMethod()) && req.getHeader("Access-Control-Request-Method") != null) {
            resp.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
            resp.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type");
            resp.setHeader("Access-Control-Max-Age", "1800");
            resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, response);
    }
}
