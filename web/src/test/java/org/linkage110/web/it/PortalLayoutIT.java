package org.linkage110.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The portal's layout where a person meets it: the order page fits a 1280 px wide window (wide
 * content scrolls inside its own box), and the administrator moves a unit to another tier on the units page: a confirmation names what the
 * move changes, the page says what was done, the table shows the new tier and the unit's page its
 * tier history with who, when and why; the change is audited.
 */
@SharedServer.Uses
class PortalLayoutIT {

    private static final String UNIT = "CULTURE_TOURISM_SPORTS_CENTRE";

    @SharedServer.Base
    URL base;

    @Test
    void theAdministratorMovesAUnitToAnotherTierAfterConfirmingAndItsTierHistoryShowsTheChange() throws Exception {
        Http http = new Http(base);
        String admin = Http.staff("admin");
        String current = tierNow(http, admin);
        int from = Integer.parseInt(current.substring(current.length() - 1));
        int to = from == 3 ? 2 : 3;
        String reason = "三到位落实情况复核 " + UUID.randomUUID().toString().substring(0, 8);
        long audited = Database.scalar("SELECT COUNT(*) FROM platform_audit_event WHERE action = 'platform.reference.changed' "
                + "AND subject_id = ?", UNIT);
        try (Browser browser = new Browser()) {
            browser.signIn(new Http(base).resolve("login.xhtml").toString(), "admin", "Demo-110");
            browser.waitForUrlContaining("/app/home.xhtml");
            browser.open(new Http(base).resolve("app/units.xhtml").toString());
            new Select(browser.visible(By.id("tier-form:unit"))).selectByValue(UNIT);
            new Select(browser.visible(By.id("tier-form:tier"))).selectByValue(String.valueOf(to));
            browser.visible(By.id("tier-form:reason")).sendKeys(reason);
            browser.screenshot("units-tier-form");
            browser.visible(By.id("tier-form:change")).click();
            assertThat(browser.confirmationText()).contains("值守制度").contains("已下达的指令不变");
            browser.screenshot("units-tier-confirm");
            browser.confirm();

            browser.waitUntil(d -> d.findElement(By.id("messages")).getText().contains("第" + to + "梯队"));
            assertThat(browser.visible(By.id("messages")).getText()).contains("区文化旅游体育中心");
            assertThat(new Select(browser.visible(By.id("tier-form:unit"))).getOptions()).as("the units read again")
                    .anySatisfy(o -> assertThat(o.getText()).isEqualTo("区文化旅游体育中心 (" + to + ")"));
            browser.screenshot("units-tier-changed");
            browser.visible(By.id("tier-form:tier-history")).click();
            browser.waitForUrlContaining("code=" + UNIT);
            String history = browser.visible(By.id("tiers")).getText();
            assertThat(history).contains(reason).contains("admin").contains("第" + to + "梯队");
            browser.screenshot("units-tier-history", browser.visible(By.id("tiers")));
        } finally {
            if (!tierNow(http, admin).equals(current)) {
                assertThat(http.call("POST", "api/v1/units/" + UNIT + "/tier", admin, null,
                        "{\"tier\":" + from + ",\"reason\":\"复核完毕，恢复原梯队\"}").statusCode()).isEqualTo(200);
            }
        }
        JsonArray after = Http.array(http.call("GET", "api/v1/units/" + UNIT + "/tiers", admin, null, null));
        assertThat(after.stream().map(t -> t.asJsonObject().getString("reason")).toList()).contains(reason);
        assertThat(after.stream().filter(t -> t.asJsonObject().getString("reason").equals(reason))
                .map(t -> t.asJsonObject().getString("changedBy")).toList()).containsExactly("admin");
        assertThat(Database.scalar("SELECT COUNT(*) FROM platform_audit_event WHERE action = 'platform.reference.changed' "
                + "AND subject_id = ?", UNIT)).isGreaterThan(audited);
    }

    @Test
    void theOrderPageFitsAWindow1280PixelsWideBeforeAndAfterDispatch() throws Exception {
        Http http = new Http(base);
        long[] dispatched = Flows.dispatchedTo(http, "SD_LINGXI", "小区楼道里电动车充电，电线从五楼窗户吊下来，担心起火 "
                + UUID.randomUUID().toString().substring(0, 8));
        long awaiting = Flows.push(http, Http.incident("110-" + UUID.randomUUID(),
                "陵西街道某小区门口井盖缺失，晚上看不清，已有行人差点掉下去，请尽快处理 " + UUID.randomUUID()));
        try (Browser browser = new Browser()) {
            browser.signIn(http.resolve("login.xhtml").toString(), "dispatcher", "Demo-110");
            browser.waitForUrlContaining("/app/home.xhtml");
            for (boolean english : new boolean[] {false, true}) {
                if (english) {
                    browser.visible(By.id("session:language")).click();
                    browser.waitUntil(d -> d.findElement(By.id("session:logout")).getText().equals("Sign out"));
                }
                for (long order : new long[] {awaiting, dispatched[0]}) {
                    browser.open(http.resolve("app/incident.xhtml?id=" + order).toString());
                    browser.visible(By.cssSelector("main h1"));
                    String name = "layout-incident-" + (english ? "en-" : "") + (order == awaiting ? "awaiting" : "dispatched");
                    assertThat(overflowing(browser)).as(name + ": elements past the right edge of the content").isEmpty();
                    browser.screenshot(name);
                    if (order == awaiting) {
                        browser.visible(By.id("action-bar:override")).click();
                        browser.visible(By.id("dispatch-form:co"));
                        assertThat(overflowing(browser)).as(name + " with the override fields open").isEmpty();
                        browser.screenshot(name + "-override", browser.visible(By.id("dispatch-form")));
                        // a changed lead without a reason: the error beside its field and in the summary
                        new Select(browser.visible(By.id("dispatch-form:lead"))).selectByValue("SD_LINGXI");
                        browser.visible(By.id("dispatch-form:dispatch")).click();
                        browser.confirm();
                        browser.visible(By.id("dispatch-form:error-summary"));
                        assertThat(overflowing(browser)).as(name + " with an error beside a field").isEmpty();
                        browser.screenshot(name + "-error");
                    }
                    browser.screenshot(name + "-instructions", browser.driver().findElement(By.id("instructions-form")));
                }
            }
        }
    }

    /**
     * Elements whose right edge is past the content column's (or the window's: the page would scroll
     * sideways), as tag#id.class and the edge, unless they are inside a box that scrolls.
     */
    @SuppressWarnings("unchecked")
    private static java.util.List<String> overflowing(Browser browser) {
        return (java.util.List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "var main = document.getElementById('main-content').getBoundingClientRect();"
                + " var edge = Math.min(main.right, document.documentElement.clientWidth), found = [];"
                + " if (document.documentElement.scrollWidth > document.documentElement.clientWidth) {"
                + "  found.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' > '"
                + "   + document.documentElement.clientWidth);"
                + "  document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
                + "   if (r.width > 0 && r.right > document.documentElement.clientWidth + 1 && found.length < 6) {"
                + "    found.push('page: ' + e.tagName.toLowerCase() + '#' + e.id + '.' + (typeof e.className === 'string'"
                + "     ? e.className : '') + ' right=' + Math.round(r.right)); } }); }"
                + " function scrolled(e) { for (var p = e.parentElement; p && p.id !== 'main-content'; p = p.parentElement) {"
                + "   var o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') { return true; } }"
                + "  return false; }"
                + " document.querySelectorAll('#main-content *').forEach(function (e) {"
                + "  var r = e.getBoundingClientRect();"
                + "  if (r.width > 0 && r.height > 0 && r.right > edge + 1 && !scrolled(e) && found.length < 12) {"
                + "   found.push(e.tagName.toLowerCase() + '#' + e.id + '.' + (typeof e.className === 'string' ? e.className : '')"
                + "    + ' right=' + Math.round(r.right) + ' > ' + Math.round(edge));"
                + "  }"
                + " });"
                + " return found;");
    }

    private static String tierNow(Http http, String admin) {
        return Http.array(http.call("GET", "api/v1/units", admin, null, null)).stream().map(JsonValue::asJsonObject)
                .filter(u -> u.getString("code").equals(UNIT)).findFirst().orElseThrow().getString("tier");
    }
}
