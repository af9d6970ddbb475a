package org.linkage110.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import java.net.http.HttpResponse;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The portal in headless Chromium: sign-in per role, role menus, language, the incident list. */
@SharedServer.Uses
class PortalIT {

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

    private void signIn(String username, String password) {
        browser.signIn(url("login.xhtml"), username, password);
    }

    @ParameterizedTest
    @CsvSource({
            // username, role,        incidents, units, my unit
            "dispatcher, DISPATCHER,    true,  true,  false",
            "supervisor, SUPERVISOR,    true,  true,  false",
            "admin,      ADMIN,         true,  true,  false",
            "sd_lingxi,  UNIT_OPERATOR, false, false, true"})
    void eachRoleSignsInAndSeesItsMenu(String username, String role, boolean incidents, boolean units, boolean myUnit) {
        signIn(username, PASSWORD);
        browser.waitForUrlContaining("/app/home.xhtml");

        assertThat(browser.visible(By.id("signed-in-username")).getText()).isEqualTo(username);
        assertThat(browser.driver().findElements(By.cssSelector("#signed-in-roles .role-badge")))
                .extracting(e -> e.getAttribute("data-role")).containsExactly(role);
        assertThat(browser.present(By.id("nav-home"))).isTrue();
        assertThat(browser.present(By.id("nav-incidents"))).isEqualTo(incidents);
        assertThat(browser.present(By.id("nav-units"))).isEqualTo(units);
        assertThat(browser.present(By.id("nav-my-unit"))).isEqualTo(myUnit);
    }

    @Test
    void wrongPasswordIsRefusedWithAMessageAndNoSession() {
        signIn("dispatcher", "not-the-password");
        assertThat(browser.visible(By.id("login:messages")).getText()).contains("用户名或密码错误");

        browser.open(url("app/home.xhtml"));
        browser.waitForUrlContaining("login.xhtml");
        assertThat(browser.present(By.id("signed-in-username"))).isFalse();
    }

    @Test
    void aProtectedPageSendsToLoginAndBackAfterwards() {
        browser.open(url("app/units.xhtml"));
        browser.waitForUrlContaining("login.xhtml");
        browser.visible(By.id("login:username")).sendKeys("supervisor");
        browser.visible(By.id("login:password")).sendKeys(PASSWORD);
        browser.visible(By.id("login:submit")).click();
        browser.waitForUrlContaining("/app/units.xhtml");
        assertThat(browser.visible(By.id("units")).getText()).contains("陵西街道").contains("区公安分局");
    }

    @Test
    void aUnitOperatorCannotOpenOfficePages() {
        signIn("sd_lingxi", PASSWORD);
        browser.waitForUrlContaining("/app/home.xhtml");
        browser.open(url("app/incidents.xhtml"));
        assertThat(browser.visible(By.id("error-title")).getText()).isEqualTo("出错了");
        assertThat(browser.visible(By.id("error-text")).getText()).isEqualTo("您无权访问此页面。");
        assertThat(browser.present(By.id("incidents"))).isFalse();
    }

    @Test
    void incidentListShowsWhatTheApiReceived() {
        String description = "夜市油烟扰民" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(new Http(base).postJson("api/v1/incidents", Http.KEY_110,
                Http.incidentJson("110-" + UUID.randomUUID(), description)).statusCode()).isEqualTo(201);

        signIn("dispatcher", PASSWORD);
        browser.waitForUrlContaining("/app/home.xhtml");
        browser.visible(By.id("nav-incidents")).click();
        browser.waitForUrlContaining("/app/incidents.xhtml");
        assertThat(browser.visible(By.id("incidents-form:incidents")).getText()).contains(description).contains("110平台");
    }

    @Test
    void portalSpeaksChineseFirstAndSwitchesToEnglish() {
        signIn("dispatcher", PASSWORD);
        browser.waitForUrlContaining("/app/home.xhtml");
        assertThat(browser.visible(By.id("session:logout")).getText()).isEqualTo("退出");
        browser.visible(By.id("session:language")).click();
        browser.waitForUrlContaining("/app/home.xhtml");
        assertThat(browser.visible(By.id("session:logout")).getText()).isEqualTo("Sign out");
        assertThat(browser.visible(By.id("nav-incidents")).getText()).isEqualTo("Incidents");
    }

    @Test
    void aDispatcherTakesACallThroughTheFormWithItsCategorysInquiryElements() {
        String description = "小区门口的井盖丢了，晚上很危险 " + UUID.randomUUID().toString().substring(0, 8);
        signIn("dispatcher", PASSWORD);
        browser.waitForUrlContaining("/app/home.xhtml");
        browser.visible(By.id("nav-intake")).click();
        browser.waitForUrlContaining("/app/intake.xhtml");
        browser.visible(By.id("intake:callerPhone")).sendKeys("电话");
        browser.visible(By.id("intake:save")).click();
        assertThat(browser.visible(By.id("messages")).getText()).contains("请填写事发地址", "请填写警情描述",
                "联系电话格式不正确");
        browser.visible(By.id("intake:callerName")).sendKeys("孙八");
        browser.visible(By.id("intake:callerPhone")).clear();
        browser.visible(By.id("intake:callerPhone")).sendKeys("13800138000");
        browser.visible(By.id("intake:address")).sendKeys("沈阳市于洪区淮河北街" + UUID.randomUUID().toString().substring(0, 6) + "号");
        browser.visible(By.id("intake:description")).sendKeys(description);
        browser.visible(By.id("intake:suggest")).click();
        WebElement suggestion = browser.visible(By.cssSelector(".suggestion[data-code='C01-01']"));
        assertThat(suggestion.getText()).contains("井盖");
        suggestion.click();
        WebElement landmark = browser.visible(By.cssSelector("[data-code='landmark']"));
        // a screen reader names each inquiry element by its label, and says when it is required
        for (WebElement element : browser.driver().findElements(By.cssSelector("#intake\\:elements [data-code]"))) {
            assertThat(element.getAttribute("aria-label")).as(element.getAttribute("data-code")).isNotBlank();
        }
        assertThat(landmark.getAttribute("aria-required")).isEqualTo("true");

        browser.visible(By.id("intake:save")).click();
        assertThat(browser.visible(By.id("messages")).getText()).contains("必填");
        assertThat(browser.driver().getCurrentUrl()).contains("/app/intake.xhtml");

        fillInquiryElements("东门旁");
        browser.visible(By.id("intake:save")).click();
        browser.waitForUrlContaining("/app/incident.xhtml");
        assertThat(browser.visible(By.id("description")).getText()).isEqualTo(description);
        assertThat(browser.visible(By.id("source")).getText()).isEqualTo("门户录入");
        assertThat(browser.visible(By.id("timeline")).getText()).contains("接收警情");

        browser.visible(By.id("session:language")).click();
        browser.waitUntil(d -> d.findElement(By.id("session:logout")).getText().equals("Sign out"));
        assertThat(browser.visible(By.id("description")).getText()).as("the incident stays on screen in English")
                .isEqualTo(description);
        assertThat(browser.visible(By.id("timeline")).getText()).contains("Incident received");
    }

    @Test
    void aThreeWayCallFrom110IsPinnedAtTheTopAndSearchFindsAnOrder() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String fromCitizen = "群众直接来电的路灯故障" + tag;
        String from110 = "110三方通话转来的井盖缺失" + tag;
        signIn("dispatcher", PASSWORD);
        browser.waitForUrlContaining("/app/home.xhtml");
        takeCall("PORTAL", "沈阳市于洪区昆山西路", fromCitizen, "C01-02");
        takeCall("PLATFORM_110", "沈阳市于洪区淮河北街", from110, "C01-01");
        assertThat(browser.visible(By.id("source")).getText()).isEqualTo("110平台");

        browser.open(url("app/incidents.xhtml?text=" + tag));
        By rowsOfTable = By.cssSelector("#incidents-form\\:incidents_data tr");
        browser.waitUntil(d -> d.findElements(rowsOfTable).size() == 2);
        List<WebElement> both = browser.driver().findElements(rowsOfTable);
        assertThat(both.get(0).getText()).contains("置顶").contains(from110);
        assertThat(both.get(1).getText()).contains(fromCitizen).doesNotContain("置顶");
        assertThat(browser.visible(By.cssSelector(".queue-tab.selected")).getText()).startsWith("待研判").endsWith("2");

        WebElement text = browser.visible(By.id("incidents-form:text"));
        text.clear();
        text.sendKeys(fromCitizen.substring(2));
        browser.visible(By.id("incidents-form:apply")).click();
        browser.waitUntil(d -> d.findElements(rowsOfTable).size() == 1);
        List<WebElement> rows = browser.driver().findElements(rowsOfTable);
        assertThat(rows.get(0).getText()).contains(fromCitizen).doesNotContain("置顶");
        assertThat(browser.driver().getCurrentUrl()).as("the filter is kept in the address").contains("text=")
                .contains("tab=AWAITING");
        browser.screenshot("queue-filtered");
    }

    @Test
    void aNewOrderFrom110AppearsInAnOpenQueueWithinFiveSecondsWithoutReload() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        signIn("dispatcher", PASSWORD);
        browser.waitForUrlContaining("/app/home.xhtml");
        browser.open(url("app/incidents.xhtml?tab=AWAITING&text=" + tag));
        browser.visible(By.id("incidents-form:incidents"));
        System.out.println("[figures] queue loaded in " + browser.loadMillis() + " ms");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("window.sameQueuePage = true;");
        assertThat(browser.driver().findElements(By.cssSelector("#incidents-form\\:incidents_data tr[data-ri]"))).isEmpty();

        Http.json(new Http(base).postJson("api/v1/incidents", Http.KEY_110,
                Http.incidentJson("110-" + UUID.randomUUID(), "另一处的110警情，不在筛选之内，路灯不亮")));
        String description = "新到的110警情，下水道井盖被偷 " + tag;
        long id = Http.json(new Http(base).postJson("api/v1/incidents", Http.KEY_110,
                Http.incidentJson("110-" + UUID.randomUUID(), description))).getJsonNumber("id").longValue();
        long posted = System.nanoTime();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
                .until(d -> d.findElement(By.id("incidents-form:incidents")).getText().contains(description));
        System.out.println("[figures] new order shown in the open queue after "
                + (System.nanoTime() - posted) / 1_000_000 + " ms");
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("return window.sameQueuePage"))
                .as("shown without reloading the page").isEqualTo(true);
        assertThat(browser.visible(By.id("incidents-form:arrivals")).getText())
                .as("the order outside the filter is not counted").containsPattern("(^|\\D)1 条新警情");
        assertThat(browser.visible(By.cssSelector(".queue-tab.selected")).getText()).endsWith("1");
        assertThat(browser.visible(By.id("incidents-form:incidents")).getText()).contains(String.valueOf(id));
        browser.screenshot("queue-live-arrival");
    }

    @Test
    void theQueueShowsHowManyRepeatCallsEachOrderDrew() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String place = "于洪区陵西公园南门" + tag;
        Http http = new Http(base);
        Http.json(http.postJson("api/v1/incidents", Http.KEY_110, Http.incident("110-" + UUID.randomUUID(),
                "公园门口井盖没了 " + tag).add("address", "沈阳市" + place + "附近").build().toString()));
        for (String phone : List.of("13700002221", "13700002222")) {
            assertThat(Http.json(http.postJson("api/v1/incidents", Http.KEY_110, Http.incident("110-" + UUID.randomUUID(),
                    "又有人打电话说井盖丢失").add("address", place).add("callerPhone", phone).build().toString()))
                    .getString("outcome")).isEqualTo("REPEAT_LINKED");
        }
        String lonely = "另一个没有重复来电的井盖 " + tag;
        Http.json(http.postJson("api/v1/incidents", Http.KEY_110, Http.incidentJson("110-" + UUID.randomUUID(), lonely)));

        signIn("dispatcher", PASSWORD);
        browser.waitForUrlContaining("/app/home.xhtml");
        browser.open(url("app/incidents.xhtml?tab=ALL&text=" + tag));
        By rowsOfTable = By.cssSelector("#incidents-form\\:incidents_data tr[data-ri]");
        browser.waitUntil(d -> d.findElements(rowsOfTable).size() == 2);
        for (WebElement row : browser.driver().findElements(rowsOfTable)) {
            List<WebElement> badge = row.findElements(By.cssSelector(".repeat-badge"));
            if (row.getText().contains(lonely)) {
                assertThat(badge).as("no badge on an order without repeat calls").isEmpty();
            } else {
                assertThat(badge).singleElement().extracting(WebElement::getText).isEqualTo("2");
            }
        }
    }

    @Test
    void aUnitCarriesAnInstructionFromItsInboxToItsResultCountingTheClicks() {
        String description = "小区路灯不亮，晚上很黑 " + UUID.randomUUID().toString().substring(0, 8);
        long[] sent = Flows.dispatchedTo(new Http(base), "SD_LINGXI", description);
        signIn("sd_lingxi", PASSWORD);
        browser.waitForUrlContaining("/app/home.xhtml");
        int clicks = 0;
        browser.visible(By.id("nav-inbox")).click();
        clicks++;
        browser.waitForUrlContaining("/app/inbox.xhtml");
        String row = "//tr[contains(., '" + description + "')]";
        assertThat(browser.visible(By.xpath(row + "//button[contains(@class,'act-SIGN')]")).getText()).isEqualTo("签收");
        List<String> pressed = new java.util.ArrayList<>();
        while (!browser.driver().findElements(By.xpath(row + "//button")).isEmpty()) {
            WebElement button = browser.driver().findElements(By.xpath(row + "//button")).get(0);
            if (pressed.contains(button.getText())) {
                break; // an act without a deadline of its own stays on offer (see the report); each is pressed once
            }
            pressed.add(button.getText());
            button.click();
            clicks++;
            browser.waitUntil(d -> org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(button).apply(d));
            assertThat(browser.visible(By.id("messages")).getText()).contains(String.valueOf(sent[1]));
        }
        assertThat(pressed).as("imperative: each button says what it records").first().isEqualTo("签收");
        assertThat(pressed).allSatisfy(label -> assertThat(label).doesNotStartWith("已"));
        browser.visible(By.xpath(row + "//a[contains(@class,'more')]")).click();
        clicks++;
        browser.waitForUrlContaining("/app/instruction.xhtml");
        browser.visible(By.id("form-SUBMIT_RESULT:text")).sendKeys("已更换灯泡，恢复照明");
        browser.visible(By.id("form-SUBMIT_RESULT:go")).click();
        clicks++;
        browser.waitUntil(d -> d.findElement(By.id("status")).getText().equals("已报结果"));
        System.out.println("[figures] a unit's whole instruction: " + clicks + " clicks (one-click acts " + pressed + ")");
        assertThat(clicks).isLessThanOrEqualTo(8);
    }

    @Test
    void aUnitSeesWhatItHasDoneUnderItsDoneTab() {
        Http http = new Http(base);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long[] done = Flows.dispatchedTo(http, "SD_LINGXI", "已办完的路面塌陷 " + tag);
        Flows.act(http, Flows.LINGXI, done[1], "sign", null, 200);
        Flows.act(http, Flows.LINGXI, done[1], "submit-result", "已设置围挡并修复", 200);
        long[] open = Flows.dispatchedTo(http, "SD_LINGXI", "待办的路灯不亮 " + tag);

        signIn("sd_lingxi", PASSWORD);
        browser.waitForUrlContaining("/app/home.xhtml");
        assertThat(Long.parseLong(browser.visible(By.id("to-sign")).getText())).as("the unit's home counts what to sign")
                .isPositive();
        browser.screenshot("unit-home");
        browser.visible(By.id("nav-inbox")).click();
        browser.waitForUrlContaining("/app/inbox.xhtml");
        String todo = browser.visible(By.id("inbox-form:inbox")).getText();
        assertThat(todo).contains("待办的路灯不亮 " + tag).doesNotContain("已办完的路面塌陷 " + tag);
        WebElement signButton = browser.visible(By.xpath("//tr[contains(., '待办的路灯不亮 " + tag + "')]//button"));
        assertThat(signButton.getText()).isEqualTo("签收");

        browser.visible(By.cssSelector("a.tab-DONE")).click();
        browser.waitForUrlContaining("tab=DONE");
        WebElement row = browser.visible(By.xpath("//tr[contains(., '已办完的路面塌陷 " + tag + "')]"));
        assertThat(row.getText()).contains("已报结果").contains(String.valueOf(done[0])).contains(String.valueOf(done[1]));
        assertThat(browser.visible(By.id("inbox-form:inbox")).getText()).doesNotContain("待办的路灯不亮 " + tag);
        assertThat(open[1]).isNotEqualTo(done[1]);
        browser.screenshot("unit-inbox-done");
    }

    /** Fills the intake form for a call and saves it; ends on the saved incident's page. */
    private void takeCall(String source, String street, String description, String item) {
        browser.open(url("app/intake.xhtml"));
        new Select(browser.visible(By.id("intake:source"))).selectByValue(source);
        browser.visible(By.id("intake:address")).sendKeys(street + UUID.randomUUID().toString().substring(0, 6) + "号");
        browser.visible(By.id("intake:description")).sendKeys(description);
        new Select(browser.visible(By.id("intake:category"))).selectByValue(item);
        browser.visible(By.cssSelector("[data-code='landmark']"));
        fillInquiryElements("路口");
        browser.visible(By.id("intake:save")).click();
        browser.waitForUrlContaining("/app/incident.xhtml");
    }

    @Test
    void aSupervisorPlansADrillThatNobodyElseCanTellApart() {
        signIn("supervisor", PASSWORD);
        browser.waitForUrlContaining("/app/home.xhtml");
        browser.open(url("app/intake.xhtml"));
        String address = "沈阳市于洪区南阳湖街" + UUID.randomUUID().toString().substring(0, 6) + "号";
        browser.visible(By.id("intake:address")).sendKeys(address);
        browser.visible(By.id("intake:description")).sendKeys("夜市烧烤摊油烟很大，呛得受不了");
        new Select(browser.visible(By.id("intake:category"))).selectByValue("C05-01");
        browser.visible(By.cssSelector("[data-code]"));
        fillInquiryElements("摊位东侧");
        browser.visible(By.cssSelector("#intake\\:drill .ui-chkbox-box")).click();
        browser.visible(By.id("intake:drillScenario")).sendKeys("夜间油烟扰民，测陵西街道签收时效");
        browser.visible(By.id("intake:save")).click();
        browser.waitForUrlContaining("/app/incident.xhtml");
        assertThat(browser.visible(By.id("drill-tag")).getText()).contains("测陵西街道签收时效");
        String detail = browser.driver().getCurrentUrl();

        HttpResponse<String> realCall = new Http(base).postJson("api/v1/incidents", Http.KEY_110,
                Http.incident("110-" + UUID.randomUUID(), "烧烤油烟太大").add("address", address)
                        .add("categoryCode", "C05-01").build().toString());
        assertThat(Http.json(realCall).getString("outcome")).as("a real call is not linked to a drill")
                .isEqualTo("CREATED");

        browser.visible(By.id("session:logout")).click();
        browser.waitForUrlContaining("login.xhtml");
        signIn("dispatcher", PASSWORD);
        browser.waitForUrlContaining("/app/home.xhtml");
        browser.open(detail);
        assertThat(browser.visible(By.id("description")).getText()).contains("夜市烧烤摊油烟");
        assertThat(browser.present(By.id("drill-tag"))).isFalse();
        assertThat(browser.driver().getPageSource()).doesNotContain("测陵西街道签收时效").doesNotContain("演练");
        browser.open(url("app/intake.xhtml"));
        browser.visible(By.id("intake:description"));
        assertThat(browser.present(By.id("intake:drill"))).isFalse();
    }

    @Test
    void aDispatcherOverridesWithAReasonAndTheUnitOperatorSignsAndFilesTheResult() throws Exception {
        Http http = new Http(base);
        String description = "路口井盖缺失" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = http.postJson("api/v1/incidents", Http.KEY_110,
                Http.incidentJson("110-" + UUID.randomUUID(), description));
        long id = Http.json(created).getJsonNumber("id").longValue();

        signIn("dispatcher", PASSWORD);
        browser.waitForUrlContaining("/app/home.xhtml");
        browser.open(url("app/incident.xhtml?id=" + id));
        assertThat(browser.visible(By.id("proposal-rule")).getAttribute("data-rule")).isEqualTo("DEFAULT_SOURCE_DIVERSION");
        assertThat(browser.visible(By.id("proposal-rule")).getText()).as("the rule in words").isEqualTo("源头分流（一般情形）");
        assertThat(browser.visible(By.id("proposal-reason")).getText()).contains("源头分流");
        assertThat(browser.driver().findElement(By.id("dispatch-form:mode")).isDisplayed())
                .as("the override fields wait behind 改判").isFalse();
        browser.visible(By.id("action-bar:override")).click();
        new Select(browser.visible(By.id("dispatch-form:mode"))).selectByVisibleText("即时处置");
        new Select(browser.visible(By.id("dispatch-form:lead"))).selectByValue("SD_LINGXI");
        browser.visible(By.id("dispatch-form:dispatch")).click();
        assertThat(browser.confirmationText()).contains("不能撤回");
        browser.confirm();
        assertThat(browser.visible(By.id("dispatch-form:reason-error")).getText()).isEqualTo("理由：改变建议须填写理由");
        assertThat(browser.present(By.id("override-reason"))).isFalse();

        new Select(browser.visible(By.id("dispatch-form:mode"))).selectByVisibleText("即时处置");
        new Select(browser.visible(By.id("dispatch-form:lead"))).selectByValue("SD_LINGXI");
        browser.visible(By.id("dispatch-form:reason")).sendKeys("井盖位于街道自管路段，属地即时处置");
        browser.visible(By.id("dispatch-form:dispatch")).click();
        browser.confirm();
        assertThat(browser.visible(By.id("override-reason")).getText()).contains("井盖位于街道自管路段，属地即时处置");
        assertThat(browser.visible(By.id("messages")).getText()).contains("已派单").contains("陵西街道");
        String timeline = browser.visible(By.id("timeline")).getText();
        assertThat(timeline).contains("改判派单").contains("井盖位于街道自管路段，属地即时处置").contains("下达指令");
        assertThat(browser.present(By.id("dispatch-form"))).isFalse();

        long foreign = Http.json(http.postJson("api/v1/incidents", Http.KEY_110,
                Http.incidentJson("110-" + UUID.randomUUID(), "别家单位的指令" + description))).getJsonNumber("id").longValue();
        long foreignInstruction = Http.array(http.call("POST", "api/v1/orders/" + foreign + "/dispatch",
                Http.staff("dispatcher"), null, "{}")).getJsonObject(0).getJsonNumber("id").longValue();

        browser.visible(By.id("session:logout")).click();
        browser.waitForUrlContaining("login.xhtml");
        signIn("sd_lingxi", PASSWORD);
        browser.waitForUrlContaining("/app/home.xhtml");
        browser.visible(By.id("nav-inbox")).click();
        browser.waitForUrlContaining("/app/inbox.xhtml");
        String row = "//tr[contains(., '" + description + "')]";
        assertThat(browser.visible(By.xpath(row + "//span[contains(@class,'countdown')]")).getAttribute("data-due"))
                .isNotBlank();
        assertThat(browser.visible(By.id("inbox-form:inbox")).getText()).doesNotContain("别家单位的指令");
        browser.visible(By.xpath(row + "//button[contains(@class,'act-SIGN')]")).click();
        browser.waitUntil(d -> d.findElement(By.xpath(row)).getText().contains("已签收"));
        browser.visible(By.xpath(row + "//a[contains(@class,'more')]")).click();
        browser.waitForUrlContaining("/app/instruction.xhtml");
        browser.visible(By.id("form-SUBMIT_RESULT:text")).sendKeys("已更换井盖并设置警示");
        browser.visible(By.id("form-SUBMIT_RESULT:go")).click();
        browser.waitUntil(d -> d.findElement(By.id("status")).getText().equals("已报结果"));
        assertThat(browser.visible(By.id("result")).getText()).contains("已更换井盖并设置警示");

        browser.open(url("app/instruction.xhtml?id=" + foreignInstruction));
        assertThat(browser.visible(By.id("not-found")).getText()).isEqualTo("未找到该指令。");
        assertThat(browser.driver().getPageSource()).doesNotContain("别家单位的指令");
        assertThat(Database.scalar("select count(*) from routing_instruction where incident_id = ? "
                + "and unit_code = 'SD_LINGXI' and status = 'RESULT_SUBMITTED'", id)).isEqualTo(1);
    }

    @Test
    void aDispatcherDispatchesAsProposedInTwoClicksAfterOpeningTheOrder() throws Exception {
        String description = "路灯不亮，晚上看不清路" + UUID.randomUUID().toString().substring(0, 8);
        long id = Http.json(new Http(base).postJson("api/v1/incidents", Http.KEY_110,
                Http.incidentJson("110-" + UUID.randomUUID(), description))).getJsonNumber("id").longValue();
        signIn("dispatcher", PASSWORD);
        browser.waitForUrlContaining("/app/home.xhtml");
        browser.open(url("app/incident.xhtml?id=" + id));
        String lead = browser.visible(By.cssSelector("#summary-proposal .lead-chip")).getText();
        System.out.println("[figures] order page loaded in " + browser.loadMillis() + " ms");
        browser.screenshot("order-summary-and-action-bar");

        browser.visible(By.id("action-bar:as-proposed")).click(); // click 1
        assertThat(browser.confirmationText()).as("the confirmation names whom and that it cannot be undone")
                .contains(lead).contains("不能撤回");
        browser.screenshot("order-confirm-dispatch");
        browser.confirm(); // click 2
        browser.waitUntil(d -> !d.findElement(By.id("order-status")).getText().equals("待研判"));
        assertThat(browser.visible(By.id("messages")).getText()).contains("已派单").contains(String.valueOf(id)).contains(lead);
        assertThat(browser.present(By.id("action-bar"))).isFalse();
        assertThat(browser.visible(By.id("timeline")).getText()).contains("按建议派单");
        assertThat(Database.scalar("select count(*) from routing_instruction where incident_id = ?", id)).isPositive();
    }

    @Test
    void aRefusedOverrideNamesItsErrorBesideTheFieldInChineseAndInEnglish() {
        long id = Http.json(new Http(base).postJson("api/v1/incidents", Http.KEY_110,
                Http.incidentJson("110-" + UUID.randomUUID(), "井盖松动" + UUID.randomUUID().toString().substring(0, 8))))
                .getJsonNumber("id").longValue();
        signIn("dispatcher", PASSWORD);
        browser.waitForUrlContaining("/app/home.xhtml");
        for (String[] language : new String[][] {{"理由：改变建议须填写理由", "请修改以下内容"},
                {"Reason: a change to the proposal needs a reason", "Please correct the following"}}) {
            browser.open(url("app/incident.xhtml?id=" + id));
            browser.visible(By.id("action-bar:override")).click();
            new Select(browser.visible(By.id("dispatch-form:lead"))).selectByValue("SD_LINGXI");
            browser.visible(By.id("dispatch-form:dispatch")).click();
            browser.confirm();
            WebElement beside = browser.visible(By.id("dispatch-form:reason-error"));
            assertThat(beside.getText()).isEqualTo(language[0]);
            WebElement summary = browser.visible(By.id("dispatch-form:error-summary"));
            assertThat(summary.getText()).contains(language[1]).contains(language[0]);
            assertThat(summary.findElement(By.tagName("a")).getAttribute("href")).endsWith("#dispatch-form:reason");
            assertThat(browser.visible(By.id("dispatch-form:reason")).getLocation().getY())
                    .as("the error sits right below its field")
                    .isLessThan(beside.getLocation().getY()).isGreaterThan(beside.getLocation().getY() - 120);
            browser.screenshot("order-error-beside-field-" + (language[0].startsWith("理由") ? "zh" : "en"));
            if (language[0].startsWith("理由")) {
                browser.visible(By.id("session:language")).click();
                browser.waitUntil(d -> d.findElement(By.id("session:logout")).getText().equals("Sign out"));
            }
        }
    }

    @Test
    void aSupervisorIssuesASupervisionOrderAndTheUnitOperatorAnswersIt() {
        String title = "关于夜市占道经营反复投诉的督办单" + UUID.randomUUID().toString().substring(0, 6);
        signIn("supervisor", PASSWORD);
        browser.waitForUrlContaining("/app/home.xhtml");
        browser.visible(By.id("nav-supervision")).click();
        browser.waitForUrlContaining("/app/supervision.xhtml");
        new Select(browser.visible(By.id("issue-form:kind"))).selectByVisibleText("督办单");
        new Select(browser.visible(By.id("issue-form:units"))).selectByValue("SD_LINGXI");
        browser.visible(By.id("issue-form:title")).sendKeys(title);
        browser.visible(By.id("issue-form:body")).sendKeys("请陵西街道于期限内完成整改并书面反馈。");
        WebElement due = browser.visible(By.id("issue-form:due_input"));
        due.sendKeys(java.time.LocalDate.now().plusDays(3) + " 17:00");
        due.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        browser.visible(By.id("issue-form:issue")).click();
        assertThat(browser.confirmationText()).contains("不能撤回");
        browser.confirm();
        browser.waitUntil(d -> d.findElement(By.id("instruments-form:instruments")).getText().contains(title));
        browser.waitUntil(d -> d.findElement(By.id("messages")).getText().contains(title));
        String row = "//tr[contains(., '" + title + "')]";
        String label = browser.visible(By.xpath(row + "//span[@class='instrument-label']")).getText();
        assertThat(label).matches("督办〔20\\d\\d〕\\d+号");

        browser.visible(By.id("session:logout")).click();
        browser.waitForUrlContaining("login.xhtml");
        signIn("sd_lingxi-head", PASSWORD); // the unit's head answers for the unit
        browser.waitForUrlContaining("/app/home.xhtml");
        browser.visible(By.id("nav-requests")).click();
        browser.waitForUrlContaining("/app/requests.xhtml");
        String request = "//div[@class='request'][contains(., '" + title + "')]";
        assertThat(browser.visible(By.xpath(request)).getText()).contains(label).contains("请陵西街道于期限内完成整改并书面反馈。");
        browser.visible(By.xpath(request + "//textarea[contains(@class,'answer-text')]")).sendKeys("已清理占道摊点，安排专人值守。");
        browser.visible(By.xpath(request + "//button[contains(@class,'answer')]")).click();
        browser.waitUntil(d -> d.findElement(By.xpath(request)).getText().contains("已反馈：已清理占道摊点，安排专人值守。"));

        browser.visible(By.id("session:logout")).click();
        browser.waitForUrlContaining("login.xhtml");
        signIn("supervisor", PASSWORD);
        browser.waitForUrlContaining("/app/home.xhtml");
        browser.open(url("app/supervision.xhtml"));
        assertThat(browser.visible(By.xpath(row)).getText()).contains("陵西街道").contains("已清理占道摊点，安排专人值守。");
    }

    @Test
    void aDrillLooksLikeARealOrderInTheUnitsInboxAndOnItsPage() {
        Http http = new Http(base);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        jakarta.json.JsonObject answers = jakarta.json.Json.createObjectBuilder().add("landmark", "公交站旁")
                .add("traffic_impact", "影响通行").add("anyone_injured", "false").build();
        long[] real = Flows.dispatchedTo(http, "SD_LINGXI", Http.incident("110-" + UUID.randomUUID(), "真实路灯不亮" + tag)
                .add("inquiryAnswers", answers));
        int n = java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 99_999_999);
        HttpResponse<String> planned = http.call("POST", "api/v1/spot-checks", Http.staff("supervisor"), null,
                jakarta.json.Json.createObjectBuilder().add("targetUnit", "SD_LINGXI").add("scenario", "测签收时效" + tag)
                        .add("callerName", "王五").add("callerPhone", "139" + String.format("%08d", n))
                        .add("address", "沈阳市于洪区怒江北街" + n + "号").add("description", "模拟路灯不亮" + tag)
                        .add("categoryCode", "C01-01").add("inquiryAnswers", answers).build().toString());
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        long drillOrder = Http.json(planned).getJsonNumber("incidentId").longValue();
        long drill = Flows.order(http, drillOrder).getJsonArray("instructions").getJsonObject(0).getJsonNumber("id")
                .longValue();

        signIn("sd_lingxi", PASSWORD);
        browser.waitForUrlContaining("/app/home.xhtml");
        browser.open(url("app/inbox.xhtml"));
        WebElement realRow = browser.visible(By.xpath("//tr[contains(., '真实路灯不亮" + tag + "')]"));
        WebElement drillRow = browser.visible(By.xpath("//tr[contains(., '模拟路灯不亮" + tag + "')]"));
        assertThat(structure(drillRow)).isEqualTo(structure(realRow));
        assertThat(drillRow.getText()).doesNotContain("测签收时效").doesNotContain("演练").doesNotContain("抽检");

        browser.open(url("app/instruction.xhtml?id=" + real[1]));
        String realPage = structure(browser.visible(By.cssSelector("main.portal-content")));
        browser.open(url("app/instruction.xhtml?id=" + drill));
        String drillPage = structure(browser.visible(By.cssSelector("main.portal-content")));
        assertThat(drillPage).isEqualTo(realPage);
        assertThat(browser.driver().getPageSource()).doesNotContain("测签收时效").doesNotContain("演练")
                .doesNotContain("抽检").doesNotContainIgnoringCase("drill");
    }

    /** Every element below, as tag and classes, in document order: the page's shape without its words. */
    private String structure(WebElement root) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(arguments[0].querySelectorAll('*')).map(e => e.tagName + '.' "
                        + "+ (e.getAttribute('class') || '')).join('|');", root);
    }

    /** Answers every inquiry element on the form: numbers, text, and the first choice of each menu. */
    private void fillInquiryElements(String text) {
        for (WebElement field : browser.driver().findElements(By.cssSelector("input[data-code]"))) {
            field.clear();
            field.sendKeys("number".equals(field.getAttribute("type")) ? "3" : text);
        }
        for (WebElement menu : browser.driver().findElements(By.cssSelector("select[data-code]"))) {
            new Select(menu).selectByIndex(1);
        }
    }

    @Test
    void signOutEndsTheSession() {
        signIn("admin", PASSWORD);
        browser.waitForUrlContaining("/app/home.xhtml");
        browser.visible(By.id("session:logout")).click();
        browser.waitForUrlContaining("login.xhtml");
        browser.open(url("app/home.xhtml"));
        browser.waitForUrlContaining("login.xhtml");
        assertThat(browser.present(By.id("signed-in-username"))).isFalse();
    }

    @Test
    void aDispatcherSeesThePoliceSuspicionWithTheWayBackTo110FirstAndTheInferredFlagsWithTheirWords() throws Exception {
        Http http = new Http(base);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long police = Flows.push(http, Http.incident("110-" + UUID.randomUUID(),
                "报警人称在地铁站出口手机被人偷了，小偷往西江街方向跑了 " + tag).remove("categoryCode"));
        long dispute = Flows.push(http, Http.incident("110-" + UUID.randomUUID(),
                "报警人称饭店里一个顾客要退钱，和老板吵起来了，双方推搡，围了好多人 " + tag).remove("categoryCode"));

        signIn("dispatcher", PASSWORD);
        browser.waitForUrlContaining("/app/home.xhtml");
        browser.open(url("app/incident.xhtml?id=" + police));
        assertThat(browser.visible(By.id("police-tag")).getText()).as("marked next to the title").isEqualTo("疑似警务警情");
        assertThat(browser.visible(By.id("police-marker")).getText()).isEqualTo("疑似警务警情");
        assertThat(browser.visible(By.id("police-business-reason")).getText()).contains("盗窃").contains("被人偷");
        WebElement back = browser.visible(By.id("police-first-form:send-to-police"));
        WebElement dispatch = browser.visible(By.id("dispatch-form:dispatch"));
        assertThat(back.getText()).isEqualTo("退回110");
        assertThat(dispatch.getText()).isEqualTo("仍然派单（须填写理由）");
        assertThat(back.getLocation().getY()).as("退回110 is offered before any dispatch")
                .isLessThan(dispatch.getLocation().getY());
        assertThat(browser.present(By.id("action-bar:as-proposed"))).as("no dispatch as proposed of a police matter").isFalse();
        browser.screenshot("order-police-suspicion", browser.visible(By.id("police-suspicion")));

        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", dispatch); // clear of the sticky action bar
        dispatch.click();
        browser.confirm();
        assertThat(browser.visible(By.id("messages")).getText()).contains("疑似警务警情");
        browser.visible(By.id("police-first-form:police-reason")).sendKeys("盗窃案件，属公安管辖");
        browser.visible(By.id("police-first-form:send-to-police")).click();
        assertThat(browser.confirmationText()).contains("110");
        browser.confirm();
        browser.waitUntil(d -> d.findElement(By.id("order-status")).getText().equals("已退回110"));
        assertThat(browser.visible(By.id("messages")).getText()).contains("已退回110").contains(String.valueOf(police));

        browser.open(url("app/incident.xhtml?id=" + dispute));
        WebElement flag = browser.visible(By.cssSelector("#proposal-flags li[data-flag='ON_SCENE_DISPUTE']"));
        assertThat(flag.getAttribute("data-inferred")).isEqualTo("true");
        assertThat(flag.getText()).contains("现场有纠纷").contains("据描述推断").contains("吵起来");
        assertThat(browser.visible(By.id("escalation")).getText()).contains("纠纷可能升级").contains("推搡");
        assertThat(browser.visible(By.id("proposal-rule")).getAttribute("data-rule")).isEqualTo("DISPUTE_MAY_ESCALATE");
        assertThat(browser.visible(By.id("proposal-rule")).getText()).isEqualTo("现场纠纷可能升级");
        assertThat(browser.driver().findElements(By.cssSelector("#item-suggestions li.item-suggestion"))).hasSize(3);
        assertThat(browser.present(By.id("police-marker"))).isFalse();
        browser.screenshot("order-inferred-flags", browser.visible(By.id("description")));

        browser.visible(By.id("session:language")).click();
        browser.waitUntil(d -> d.findElement(By.id("session:logout")).getText().equals("Sign out"));
        assertThat(browser.visible(By.cssSelector("#proposal-flags li[data-flag='ON_SCENE_DISPUTE']")).getText())
                .contains("Dispute on scene").contains("inferred from the description");
        assertThat(browser.visible(By.cssSelector(".proposal-basis")).getText()).contains("Items suggested (top 3)");
    }
}
