package org.linkage110.web.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The portal's pages as a person signed in through the form gets them, without a browser: for
 * checks of what a page lists, where driving Chromium would add nothing.
 */
final class PortalPages {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    private final Http http;

    /** Signs {@code username} in through the login form. */
    PortalPages(Http http, String username, String password) {
        this.http = http;
        String login = get("login.xhtml");
        Matcher state = VIEW_STATE.matcher(login);
        if (!state.find()) {
            throw new AssertionError("no view state on the login page");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", state.group(1));
        send(HttpRequest.newBuilder(http.resolve("login.xhtml")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&")))));
        if (!get("app/home.xhtml").contains("session:logout")) {
            throw new AssertionError(username + " could not sign in through the portal");
        }
    }

    String get(String path) {
        return send(HttpRequest.newBuilder(http.resolve(path)).GET());
    }

    /** The ids a page links to a page with, top to bottom (a queue's orders: {@code app/incident.xhtml}). */
    static List<Long> idsLinkedTo(String page, String target) {
        List<Long> ids = new ArrayList<>();
        Matcher link = Pattern.compile("href=\"[^\"]*" + Pattern.quote(target) + "\\?id=(\\d+)[\"&]").matcher(page);
        while (link.find()) {
            ids.add(Long.parseLong(link.group(1)));
        }
        return ids;
    }

    private String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError(response.uri() + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
