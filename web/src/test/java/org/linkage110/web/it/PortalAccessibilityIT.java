package org.linkage110.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Every page of the portal, for every role, in headless Chromium: axe-core finds no serious or
 * critical violation, the page has one h1, no {@code ???key???} and no message key shows, and the
 * menu is reached by Tab. Each page is kept as a screenshot and its load time printed.
 */
@SharedServer.Uses
class PortalAccessibilityIT {

    private static final String PASSWORD = "Demo-110";

    @SharedServer.Base
    URL base;

    private Browser browser;

    @BeforeEach
    void openBrowser() throws java.io.IOException {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private String url(String path) {
        return new Http(base).resolve(path).toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dispatcher", "supervisor", "admin", "sd_lingxi", "sd_lingxi-head"})
    void everyPageOfEveryRoleIsAccessibleAndSpeaksTheUsersLanguage(String username) throws Exception {
        Http http = new Http(base);
        long[] order = Flows.dispatchedTo(http, "SD_LINGXI", "路灯不亮 " + UUID.randomUUID().toString().substring(0, 8));
        long awaiting = Flows.push(http, Http.incident("110-" + UUID.randomUUID(), "井盖缺失 " + UUID.randomUUID()));

        browser.open(url("login.xhtml"));
        Map<String, List<String>> found = new LinkedHashMap<>();
        check("login", found);
        browser.signIn(url("login.xhtml"), username, PASSWORD);
        browser.waitForUrlContaining("/app/home.xhtml");

        List<String> pages = new ArrayList<>(List.of("app/home.xhtml", "app/password.xhtml", "app/dashboard.xhtml",
                "app/indicators.xhtml"));
        boolean unit = username.startsWith("sd_");
        if (unit) {
            pages.addAll(List.of("app/inbox.xhtml", "app/inbox.xhtml?tab=DONE", "app/inbox.xhtml?tab=RETURNED",
                    "app/instruction.xhtml?id=" + order[1], "app/requests.xhtml", "app/my-unit.xhtml"));
        } else {
            pages.addAll(List.of("app/intake.xhtml", "app/incidents.xhtml", "app/incidents.xhtml?tab=HANDLING",
                    "app/incident.xhtml?id=" + awaiting, "app/incident.xhtml?id=" + order[0], "app/units.xhtml",
                    "app/unit.xhtml?code=SD_LINGXI", "app/rules.xhtml", "app/reference.xhtml", "app/peers.xhtml",
                    "app/behind.xhtml?count=received&from=2026-11-01&to=2026-11-30"));
        }
        if ("supervisor".equals(username)) {
            for (String task : List.of("documents", "callbacks", "samples", "drills", "video", "escalations")) {
                pages.add("app/supervision.xhtml?task=" + task);
            }
        }
        if ("admin".equals(username)) {
            pages.addAll(List.of("app/accounts.xhtml", "app/api-clients.xhtml", "app/outbox.xhtml"));
        }
        for (String page : pages) {
            browser.open(url(page));
            browser.visible(By.cssSelector("main h1"));
            check(username + "-" + page.replaceAll("[^a-z0-9]+", "_"), found);
        }
        browser.open(url("app/home.xhtml"));
        browser.visible(By.id("session:language")).click();
        browser.waitUntil(d -> d.findElement(By.id("session:logout")).getText().equals("Sign out"));
        for (String page : pages.subList(0, Math.min(pages.size(), 9))) {
            browser.open(url(page));
            browser.visible(By.cssSelector("main h1"));
            check(username + "-en-" + page.replaceAll("[^a-z0-9]+", "_"), found);
        }
        assertThat(found).as("axe-core serious/critical violations, h1 and missing keys, per page")
                .allSatisfy((page, problems) -> assertThat(problems).as(page).isEmpty());

        browser.open(url("app/home.xhtml"));
        browser.visible(By.cssSelector("main h1"));
        assertThat(tabUntil("nav-dashboard")).as("the menu is reached by Tab").isTrue();
    }

    /** Tabs through the page from its start until this element has the focus (at most 60 presses). */
    private boolean tabUntil(String id) {
        WebElement body = browser.driver().findElement(By.tagName("body"));
        body.click();
        for (int i = 0; i < 60; i++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement focused = browser.driver().switchTo().activeElement();
            if (id.equals(focused.getAttribute("id"))) {
                Object outline = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                        "return getComputedStyle(arguments[0]).outlineStyle;", focused);
                return !"none".equals(outline);
            }
        }
        return false;
    }

    private void check(String name, Map<String, List<String>> found) throws java.io.IOException {
        List<String> problems = new ArrayList<>(browser.seriousAccessibilityViolations());
        String text = browser.driver().findElement(By.tagName("body")).getText();
        if (text.contains("???")) {
            problems.add("a missing key shows: " + text.substring(text.indexOf("???"), Math.min(text.length(),
                    text.indexOf("???") + 60)));
        }
        int h1 = browser.driver().findElements(By.tagName("h1")).size();
        if (h1 != 1) {
            problems.add(h1 + " h1 elements");
        }
        System.out.println("[figures] " + name + " loaded in " + browser.loadMillis() + " ms");
        browser.screenshot("a11y-" + name);
        found.put(name, problems);
    }
}
