package org.linkage110.web.edge;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;

/**
 * Every cookie the application sets, the session cookie first, carries {@code SameSite=Lax} (why Lax:
 * web.xml, session-config). Servlet 6 lets web.xml say so ({@code cookie-config/attribute}), and it
 * is said there and here to the session cookie configuration; Payara Micro 6 writes the session
 * cookie without it all the same, so the header the container has just added is completed as soon
 * as a session is created or its id changed.
 */
final class SameSiteCookies {

    static final String VALUE = "Lax";

    private SameSiteCookies() {
    }

    /** Adds SameSite to each Set-Cookie header not yet committed that lacks one. */
    static void complete(HttpServletResponse response) {
        if (response.isCommitted()) {
            return;
        }
        List<String> cookies = List.copyOf(response.getHeaders("Set-Cookie"));
        if (cookies.stream().allMatch(c -> c.toLowerCase(Locale.ROOT).contains("samesite="))) {
            return;
        }
        boolean first = true;
        for (String cookie : cookies) {
            String completed = cookie.toLowerCase(Locale.ROOT).contains("samesite=") ? cookie : cookie + "; SameSite=" + VALUE;
            if (first) {
                response.setHeader("Set-Cookie", completed);
                first = false;
            } else {
                response.addHeader("Set-Cookie", completed);
            }
        }
    }

    /** The request as the application sees it: creating a session or changing its id completes the cookie. */
    static final class Request extends HttpServletRequestWrapper {

        private final HttpServletResponse response;

        Request(HttpServletRequest request, HttpServletResponse response) {
            super(request);
            this.response = response;
        }

        @Override
        public HttpSession getSession(boolean create) {
            HttpSession session = super.getSession(create);
            if (session != null && session.isNew()) {
                complete(response);
            }
            return session;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public String changeSessionId() {
            String id = super.changeSessionId();
            complete(response);
            return id;
        }
    }

    /** The session cookie configuration, as web.xml says it. */
    @WebListener
    public static class Configuration implements ServletContextListener {
        @Override
        public void contextInitialized(ServletContextEvent event) {
            event.getServletContext().getSessionCookieConfig().setAttribute("SameSite", VALUE);
        }
    }
}
