package org.linkage110.web.edge;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The headers every answer carries: no MIME sniffing, never framed, no referrer outside the site,
 * and no server product or version. Portal pages get their Content-Security-Policy from PrimeFaces
 * (context parameters {@code primefaces.CSP} and {@code primefaces.CSP_POLICY} in web.xml: scripts
 * only from the application and with the page's nonce); every other answer — the API's JSON, files,
 * errors outside Faces — gets a policy that allows nothing to run or load.
 */
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String NON_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private static final String[] PRODUCT_HEADERS = {"X-Powered-By", "Server"};

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(new SameSiteCookies.Request(request, response), new WithoutProduct(response));
        SameSiteCookies.complete(response);
    }

    /**
     * Sets the headers; also called by the authentication mechanism, whose own answers (401, 429,
     * a redirect to the login page) the container sends before any filter runs.
     */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (!request.getRequestURI().endsWith(".xhtml")) {
            response.setHeader("Content-Security-Policy", NON_PAGE_POLICY);
        }
        for (String header : PRODUCT_HEADERS) {
            response.setHeader(header, null);
        }
    }

    /** Drops the product headers whoever sets them later in the chain. */
    private static final class WithoutProduct extends HttpServletResponseWrapper {

        WithoutProduct(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!isProduct(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!isProduct(name)) {
                super.addHeader(name, value);
            }
        }

        private static boolean isProduct(String name) {
            for (String header : PRODUCT_HEADERS) {
                if (header.equalsIgnoreCase(name)) {
                    return true;
                }
            }
            return false;
        }
    }
}
