package org.linkage110.web.edge;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * While the application starts or stops, every request is answered 503 with {@code Retry-After}
 * (problem+json under {@code /api/} and {@code /open311/}, a short text elsewhere) instead of
 * reaching code whose tables may not exist yet. An agency that retries on 503 loses nothing.
 * Mapped first in web.xml.
 */
public class StartupGate extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String RETRY_AFTER_SECONDS = "10";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (StartupState.ready()) {
            chain.doFilter(request, response);
        } else {
            refuse(request, response);
        }
    }

    /**
     * The 503 answer; also given by the authentication mechanism, which the container runs before
     * any filter (so that no credential is checked against tables that may not exist yet).
     */
    public static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Connection", "close");
        response.setCharacterEncoding("UTF-8");
        if (path.startsWith("/api/") || path.startsWith("/open311/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"urn:linkage110:problem:starting-or-stopping\","
                    + "\"title\":\"Service Unavailable\",\"status\":503,\"code\":\"starting-or-stopping\","
                    + "\"detail\":\"The server is starting or stopping; try again after Retry-After seconds.\"}");
        } else {
            response.setContentType("text/plain");
            response.getOutputStream().write("系统正在启动或停止，请稍后再试。 The system is starting or stopping; please try again shortly.\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Closes the gate as soon as the application begins to stop. */
    @WebListener
    public static class Stopping implements ServletContextListener {
        @Override
        public void contextDestroyed(ServletContextEvent event) {
            StartupState.markStopping();
        }
    }
}
