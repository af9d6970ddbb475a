package org.linkage110.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The figures on data written straight into the tables for days long past (no other test touches
 * them): a small hand-built day whose every figure is worked out by hand below (and shown so on the
 * dashboard, filtered by sub-district), and a day of random orders whose facts must equal a
 * recomputation from the raw rows.
 */
@SharedServer.Uses
class FiguresIT {

    private static final String SUPERVISOR = Http.staff("supervisor");
    private static final String DAY = "2001-03-15";
    private static final String RANDOM_DAY = "2001-04-20";

    @SharedServer.Base
    URL base;

    private Http http;

    @BeforeEach
    void connect() {
        http = new Http(base);
    }

    /**
     * O1 closed by Lingxi (2 repeat calls; signed, reported late, result in time; callback satisfied);
     * O2 reopened at Lingxi (signed late; result overdue; callback dissatisfied, falsely solved);
     * O3 at the city construction bureau, returned by it unsigned, its co-unit (city management) not
     * signed and overdue; O4 sent back to 110; O5 not yet assessed; O6 a drill, closed in time.
     */
    @Test
    void everyFigureOfAHandBuiltDayAsWorkedOutByHand() throws Exception {
        try (Connection c = Database.connect(); Statement s = c.createStatement()) {
            String at = "'" + DAY + " 02:00:00'";
            long o = 9_100_000_000L;
            order(s, o + 1, "CLOSED", "SD_LINGXI", "C01-01", true, at);
            order(s, o + 2, "IN_HANDLING", "SD_LINGXI", "C01-02", true, at);
            order(s, o + 3, "NEEDS_REASSESSMENT", "URBAN_CONSTRUCTION_BUREAU", "C05-01", true, at);
            order(s, o + 4, "SENT_TO_POLICE", null, "C01-01", false, at);
            order(s, o + 5, "AWAITING_ASSESSMENT", null, "C01-01", false, at);
            order(s, o + 6, "CLOSED", "SD_LINGXI", "C01-01", true, at);
            s.executeUpdate("INSERT INTO routing_drill (incident_id, marked_at) VALUES (" + (o + 6) + ", " + at + ")");
            s.executeUpdate("UPDATE intake_incident SET repeat_count = 2 WHERE id = " + (o + 1));
            long i1 = instruction(c, o + 1, "SD_LINGXI", 1, "LEAD", "REPORTED_BACK", true, "已办结");
            stage(s, i1, "SIGN_FOR", "'" + DAY + " 02:10:00'", "'" + DAY + " 02:05:00'", "DONE");
            stage(s, i1, "FIRST_REPORT", "'" + DAY + " 04:00:00'", "'" + DAY + " 05:00:00'", "DONE");
            stage(s, i1, "RESULT", "'" + DAY + " 20:00:00'", "'" + DAY + " 10:00:00'", "DONE");
            long i2 = instruction(c, o + 2, "SD_LINGXI", 1, "LEAD", "REOPENED", true, "已办结");
            stage(s, i2, "SIGN_FOR", "'" + DAY + " 02:10:00'", "'" + DAY + " 02:30:00'", "DONE");
            stage(s, i2, "FIRST_REPORT", "'2099-01-01 00:00:00'", null, null);
            stage(s, i2, "RESULT", "'" + DAY + " 20:00:00'", null, null);
            long i3a = instruction(c, o + 3, "URBAN_CONSTRUCTION_BUREAU", 2, "LEAD", "RETURNED", false, null);
            stage(s, i3a, "SIGN_FOR", "'" + DAY + " 02:30:00'", "'" + DAY + " 02:20:00'", "SKIPPED");
            long i3b = instruction(c, o + 3, "CITY_MANAGEMENT_BUREAU", 2, "CO", "DISPATCHED", false, null);
            stage(s, i3b, "SIGN_FOR", "'" + DAY + " 02:30:00'", null, null);
            long i6 = instruction(c, o + 6, "SD_LINGXI", 1, "LEAD", "REPORTED_BACK", true, "已办结");
            stage(s, i6, "SIGN_FOR", "'" + DAY + " 02:10:00'", "'" + DAY + " 02:05:00'", "DONE");
            callback(s, o + 1, i1, "SATISFIED", "RESOLVED");
            callback(s, o + 2, i2, "DISSATISFIED", "FALSELY_SOLVED");
            callback(s, o + 6, i6, "DISSATISFIED", "NOT_RESOLVED");
        }
        refresh(DAY);

        JsonObject all = figures("from=" + DAY + "&to=" + DAY);
        assertThat(counts(all)).containsEntry("received", 5L).containsEntry("diverted", 3L).containsEntry("closed", 1L)
                .containsEntry("sent_to_police", 1L).containsEntry("repeats", 2L).containsEntry("dispatched", 4L)
                .containsEntry("signed", 2L).containsEntry("signed_on_time", 1L).containsEntry("fed_back", 2L)
                .containsEntry("returned", 1L).containsEntry("callbacks_done", 2L).containsEntry("satisfied", 1L)
                .containsEntry("complaints", 1L).containsEntry("unresolved", 1L).containsEntry("sign_due", 3L)
                .containsEntry("sign_on_time", 1L).containsEntry("report_due", 1L).containsEntry("report_on_time", 0L)
                .containsEntry("result_due", 2L).containsEntry("result_on_time", 1L);
        assertRate(all, "DIVERSION", 3, 5, 0.6, "NO_TARGET");
        assertRate(all, "SIGN_FOR", 2, 4, 0.5, "NO_TARGET");
        assertRate(all, "FEEDBACK", 2, 2, 1.0, "NO_TARGET");
        assertRate(all, "COMPLETION", 1, 3, 1.0 / 3, "RED");
        assertRate(all, "BOUNCE_BACK", 1, 4, 0.25, "NO_TARGET");
        assertRate(all, "COMPLAINT", 1, 2, 0.5, "NO_TARGET");
        assertRate(all, "RESPONSE", 1, 4, 0.25, "RED");
        assertRate(all, "SATISFACTION", 1, 2, 0.5, "RED");
        assertRate(all, "REPEAT", 2, 7, 2.0 / 7, "RED");
        assertRate(all, "ON_TIME_SIGN_FOR", 1, 3, 1.0 / 3, "NO_TARGET");
        assertRate(all, "ON_TIME_RESULT", 1, 2, 0.5, "NO_TARGET");

        JsonObject lingxi = figures("from=" + DAY + "&to=" + DAY + "&unit=SD_LINGXI");
        assertThat(counts(lingxi)).containsEntry("received", 2L).containsEntry("closed", 1L).containsEntry("repeats", 2L)
                .containsEntry("dispatched", 2L).containsEntry("signed", 2L).containsEntry("callbacks_done", 2L);
        JsonObject cityManagement = figures("from=" + DAY + "&to=" + DAY + "&unit=CITY_MANAGEMENT_BUREAU");
        assertThat(counts(cityManagement)).containsEntry("received", 0L).containsEntry("dispatched", 1L)
                .containsEntry("signed", 0L).containsEntry("sign_due", 1L);
        assertThat(counts(figures("from=" + DAY + "&to=" + DAY + "&category=C05"))).containsEntry("received", 1L)
                .containsEntry("dispatched", 2L).containsEntry("returned", 1L);
        assertThat(counts(figures("from=" + DAY + "&to=" + DAY + "&tier=2"))).containsEntry("dispatched", 2L)
                .containsEntry("received", 1L);
        for (String slice : new String[] {"", "&unit=SD_LINGXI", "&tier=2"}) {
            String query = "from=" + DAY + "&to=" + DAY + slice;
            Map<String, Long> figure = counts(figures(query));
            for (String count : figure.keySet()) {
                HttpResponse<String> behind = http.call("GET", "api/v1/figures/orders?count=" + count + "&" + query,
                        SUPERVISOR, null, null);
                assertThat(behind.statusCode()).as(behind.body()).isEqualTo(200);
                assertThat(Http.array(behind).stream().mapToLong(e -> e.asJsonObject().getJsonNumber("adds").longValue())
                        .sum()).as(count + slice).isEqualTo(figure.get(count));
            }
        }
        assertThat(Http.array(http.call("GET", "api/v1/figures/orders?count=closed&from=" + DAY + "&to=" + DAY,
                SUPERVISOR, null, null)).getJsonObject(0).getJsonNumber("orderId").longValue())
                .isEqualTo(9_100_000_001L);
        var repeats = Http.array(http.call("GET", "api/v1/figures/orders?count=repeats&from=" + DAY + "&to=" + DAY,
                SUPERVISOR, null, null));
        assertThat(repeats).hasSize(1);
        assertThat(repeats.getJsonObject(0).getJsonNumber("orderId").longValue()).isEqualTo(9_100_000_001L);
        assertThat(repeats.getJsonObject(0).getJsonNumber("adds").longValue()).isEqualTo(2);
        var complaints = Http.array(http.call("GET", "api/v1/figures/orders?count=complaints&from=" + DAY + "&to=" + DAY,
                SUPERVISOR, null, null));
        assertThat(complaints).hasSize(1);
        assertThat(complaints.getJsonObject(0).getJsonNumber("orderId").longValue()).as("the drill's complaint is not in")
                .isEqualTo(9_100_000_002L);
        assertThat(complaints.getJsonObject(0).getJsonNumber("callbackId").longValue()).isPositive();
        Http.problem(http.call("GET", "api/v1/figures/orders?count=everything&from=" + DAY + "&to=" + DAY, SUPERVISOR,
                null, null), "unprocessable-request");
        JsonObject empty = figures("from=2001-01-01&to=2001-01-02");
        assertThat(indicator(empty, "DIVERSION").getString("status")).isEqualTo("NO_DATA");
        Http.problem(http.call("GET", "api/v1/figures?from=2001-03-16&to=2001-03-15", SUPERVISOR, null, null),
                "unprocessable-request");
        Http.problem(http.call("GET", "api/v1/figures?from=yesterday&to=2001-03-15", SUPERVISOR, null, null),
                "invalid-fields");

        try (Browser browser = new Browser()) {
            browser.signIn(http.resolve("login.xhtml").toString(), "supervisor", "Demo-110");
            browser.waitForUrlContaining("/app/home.xhtml");
            browser.visible(By.id("nav-dashboard")).click();
            browser.waitForUrlContaining("/app/dashboard.xhtml");
            browser.open(http.resolve("app/dashboard.xhtml?from=" + DAY + "&to=" + DAY).toString());
            assertThat(browser.visible(By.id("filter:from_input")).getAttribute("value")).isEqualTo(DAY);
            new Select(browser.visible(By.id("filter:sub-district"))).selectByValue("SD_LINGXI");
            browser.visible(By.id("filter:apply")).click();
            browser.waitUntil(d -> d.findElement(By.cssSelector(".indicator-counts[data-code='DIVERSION']")).getText()
                    .equals("3 / 5"));
            assertThat(browser.visible(By.cssSelector(".indicator-value[data-code='DIVERSION']")).getText())
                    .isEqualTo("60.0%");
            WebElement response = browser.visible(By.cssSelector(".indicator-value[data-code='RESPONSE']"));
            assertThat(response.getText()).isEqualTo("25.0%");
            assertThat(response.getAttribute("class")).contains("status-RED");
            assertThat(browser.visible(By.id("ranking")).getText()).contains("陵西街道");
            assertThat(browser.visible(By.id("disputed")).getText()).as("sent back once, listed from once on here")
                    .contains("C05-01").contains("区城市建设局");

            new Select(browser.visible(By.id("filter:sub-district"))).selectByValue("SD_BEILING");
            browser.visible(By.id("filter:apply")).click();
            browser.waitUntil(d -> d.findElement(By.cssSelector(".indicator-counts[data-code='DIVERSION']")).getText()
                    .equals("0 / 0"));
        }
        HttpResponse<String> issued = http.call("POST", "api/v1/figures/reports", SUPERVISOR, null,
                "{\"kind\":\"MONTHLY_BULLETIN\",\"day\":\"" + DAY + "\"}");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        long report = Http.json(issued).getJsonNumber("id").longValue();
        assertThat(Http.json(issued).getString("title")).isEqualTo("2001年3月非警务警情分流联动处置工作通报");
        byte[] pdf = download("api/v1/figures/reports/" + report + ".pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("2001年3月非警务警情分流联动处置工作通报").contains("分流率").contains("60.0%")
                    .contains("3/5").contains("陵西街道").contains("未达标").contains("各街道（镇）辖区情况")
                    .contains("职责争议事项").contains("C05-01").contains("区城市建设局");
        }
        Map<String, Long> parts = Http.array(http.call("GET", "api/v1/figures/reports/" + report + "/parts", SUPERVISOR,
                null, null)).stream().map(JsonValue::asJsonObject).collect(Collectors.toMap(
                p -> p.getString("scope") + ":" + p.getString("code"), p -> p.getJsonNumber("id").longValue()));
        assertThat(parts).as("one part per unit with figures and per sub-district with orders").containsOnlyKeys(
                "UNIT:SD_LINGXI", "UNIT:URBAN_CONSTRUCTION_BUREAU", "UNIT:CITY_MANAGEMENT_BUREAU", "SUB_DISTRICT:SD_LINGXI");
        try (var document = org.apache.pdfbox.Loader.loadPDF(download("api/v1/figures/report-parts/"
                + parts.get("UNIT:SD_LINGXI") + ".pdf"))) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("2001年3月非警务警情分流联动处置工作通报\n陵西街道\n").contains("本单位总体情况（接警 2 起")
                    .contains("在 3 个单位中列第 1 位").contains("全区").contains("2/2").contains("100.0%")
                    .contains("按警情类别").contains("C01");
        }
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                download("api/v1/figures/report-parts/" + parts.get("UNIT:SD_LINGXI") + ".xlsx")))) {
            var signFor = java.util.stream.StreamSupport.stream(workbook.getSheet("本单位指标").spliterator(), false)
                    .filter(row -> row.getCell(1) != null && "SIGN_FOR".equals(row.getCell(1).getStringCellValue()))
                    .findFirst().orElseThrow();
            assertThat(signFor.getCell(2).getNumericCellValue()).as("the unit's").isEqualTo(1.0);
            assertThat(signFor.getCell(6).getNumericCellValue()).as("the district's").isEqualTo(0.5);
        }
        try (var document = org.apache.pdfbox.Loader.loadPDF(download("api/v1/figures/report-parts/"
                + parts.get("SUB_DISTRICT:SD_LINGXI") + ".pdf"))) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("\n陵西街道辖区\n").contains("本辖区总体情况（接警 5 起").contains("辖区内各单位情况")
                    .contains("区城市建设局").contains("区城市管理局");
        }
        // the assessment (考核): 区城市管理局 had one instruction, not signed for: sign-for 0 (weight 10), response 0
        // against a target of 100% (15), nothing sent back (bounce-back 0, a rate that should stay low: 10 in full);
        // its other rates have no data and are left out: 10 / 35 of 100
        JsonObject assessment = Http.json(http.call("GET", "api/v1/figures/assessment?from=" + DAY + "&to=" + DAY,
                SUPERVISOR, null, null));
        assertThat(assessment.getJsonObject("weights").getInt("COMPLETION")).isEqualTo(20);
        List<JsonObject> scores = assessment.getJsonArray("units").stream().map(JsonValue::asJsonObject).toList();
        assertThat(scores).extracting(u -> u.getString("unitCode")).containsExactlyInAnyOrder("SD_LINGXI",
                "URBAN_CONSTRUCTION_BUREAU", "CITY_MANAGEMENT_BUREAU");
        JsonObject cityManagementScore = scores.stream()
                .filter(u -> u.getString("unitCode").equals("CITY_MANAGEMENT_BUREAU")).findFirst().orElseThrow();
        assertThat(cityManagementScore.getJsonNumber("score").doubleValue()).isEqualTo(28.6);
        assertThat(scores).extracting(u -> u.isNull("score") ? -1.0 : u.getJsonNumber("score").doubleValue())
                .as("best first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(scores.get(0).getInt("rank")).isEqualTo(1);
        Http.problem(http.call("GET", "api/v1/figures/assessment?from=" + DAY + "&to=" + DAY, Http.staff("sd_lingxi"),
                null, null), "forbidden");

        String unit = Http.staff("sd_lingxi");
        assertThat(Http.array(http.call("GET", "api/v1/figures/report-parts", unit, null, null)).stream()
                .map(p -> p.asJsonObject().getString("code")).distinct()).as("a unit's head reads their own unit's")
                .containsExactly("SD_LINGXI");
        assertThat(Http.array(http.call("GET", "api/v1/figures/reports/" + report + "/parts", unit, null, null)))
                .hasSize(2);
        assertThat(Http.array(http.call("GET", "api/v1/notifications", unit, null, null)).stream()
                .map(JsonValue::asJsonObject).filter(n -> n.getString("kind").equals("REPORT_ISSUED"))
                .map(n -> n.getJsonNumber("subjectId").longValue())).as("the unit is told its parts are out")
                .contains(parts.get("UNIT:SD_LINGXI"), parts.get("SUB_DISTRICT:SD_LINGXI"))
                .doesNotContain(parts.get("UNIT:CITY_MANAGEMENT_BUREAU"));
        assertThat(http.call("GET", "api/v1/figures/report-parts/" + parts.get("UNIT:CITY_MANAGEMENT_BUREAU") + ".pdf",
                unit, null, null).statusCode()).as("another unit's part is not found").isEqualTo(404);
        assertThat(http.call("GET", "api/v1/figures/reports/" + report + ".pdf", unit, null, null).statusCode())
                .as("the district's report is the office's").isEqualTo(403);
        byte[] xlsx = download("api/v1/figures/reports/" + report + ".xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheet("全区指标");
            var diversion = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                    .filter(row -> row.getCell(1) != null && "DIVERSION".equals(row.getCell(1).getStringCellValue()))
                    .findFirst().orElseThrow();
            assertThat(diversion.getCell(0).getStringCellValue()).isEqualTo("分流率");
            assertThat(diversion.getCell(2).getNumericCellValue()).isCloseTo(0.6, within(1e-9));
            assertThat(diversion.getCell(3).getNumericCellValue()).isEqualTo(3.0);
        }
        try (Connection c = Database.connect(); Statement s = c.createStatement()) {
            order(s, 9_100_000_007L, "CLOSED", "SD_LINGXI", "C01-01", true, "'" + DAY + " 03:00:00'");
        }
        refresh(DAY);
        assertThat(counts(figures("from=" + DAY + "&to=" + DAY)).get("received")).isEqualTo(6);
        assertThat(download("api/v1/figures/reports/" + report + ".pdf")).as("an issued report never changes")
                .isEqualTo(pdf);
        Http.problem(http.call("POST", "api/v1/figures/reports", SUPERVISOR, null,
                "{\"kind\":\"MONTHLY_BULLETIN\",\"day\":\"" + DAY + "\"}"), "illegal-transition");
        Http.problem(http.call("POST", "api/v1/figures/reports", SUPERVISOR, null,
                "{\"kind\":\"MONTHLY_BULLETIN\",\"day\":\"2999-01-01\"}"), "unprocessable-request");

        try (Browser browser = new Browser()) {
            browser.signIn(http.resolve("login.xhtml").toString(), "supervisor", "Demo-110");
            browser.waitForUrlContaining("/app/home.xhtml");
            browser.open(http.resolve("app/dashboard.xhtml?from=" + DAY + "&to=" + DAY).toString());
            String row = "//tr[contains(., '2001年3月非警务警情分流联动处置工作通报')]";
            browser.visible(By.xpath(row + "//button[contains(@class,'report-pdf')]")).click();
            java.nio.file.Path file = browser.downloads().resolve("2001年3月非警务警情分流联动处置工作通报.pdf");
            browser.waitUntil(d -> java.nio.file.Files.exists(file) && file.toFile().length() == pdf.length);
            assertThat(java.nio.file.Files.readAllBytes(file)).isEqualTo(pdf);

            new Select(browser.visible(By.id("issue-form:kind"))).selectByValue("QUARTERLY_ASSESSMENT");
            WebElement reportDay = browser.visible(By.id("issue-form:report-day_input"));
            reportDay.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "2001-02-10");
            browser.visible(By.id("issue-form:issue")).click();
            assertThat(browser.confirmationText()).contains("永久保存");
            browser.confirm();
            browser.waitUntil(d -> d.findElement(By.id("reports-form:reports")).getText()
                    .contains("2001年第1季度非警务警情分流联动处置考核情况"));
            assertThat(browser.visible(By.id("messages")).getText()).contains("报告已发布并归档");
            new Select(browser.visible(By.id("issue-form:kind"))).selectByValue("QUARTERLY_ASSESSMENT");
            WebElement again = browser.visible(By.id("issue-form:report-day_input"));
            again.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "2001-03-31");
            browser.visible(By.id("issue-form:issue")).click();
            assertThat(browser.confirmationText()).contains("永久保存");
            browser.confirm();
            browser.waitUntil(d -> !d.findElement(By.id("messages")).getText().contains("报告已发布并归档"));
            assertThat(browser.visible(By.id("messages")).getText()).as("issued once only").contains("2001-01-01");
            assertThat(browser.visible(By.id("assessment")).getText()).contains("区城市管理局").contains("28.6");
            browser.screenshot("dashboard-assessment", browser.visible(By.id("assessment")));
            // the report form's labels each on one line and beside their fields, not over them (squeezed into
            // its label column, the form wrapped them a character a line and the menu ran under the next label)
            for (String field : List.of("issue-form:kind", "issue-form:report-day_input")) {
                WebElement label = browser.driver().findElement(By.cssSelector("label[for='" + field.replace("_input", "")
                        + "'], label[for='" + field + "']"));
                Object lines = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                        "var r = document.createRange(); r.selectNodeContents(arguments[0]); "
                                + "return new Set(Array.from(r.getClientRects()).map(x => Math.round(x.top))).size;", label);
                assertThat(((Number) lines).intValue()).as("lines of the label of " + field).isEqualTo(1);
                assertThat(label.getRect().getX() + label.getRect().getWidth())
                        .as("the label of " + field + " ends before its field").isLessThanOrEqualTo(
                                browser.visible(By.id(field)).getRect().getX());
            }
        }
        long quarterly = Http.array(http.call("GET", "api/v1/figures/reports", SUPERVISOR, null, null)).stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("title").equals("2001年第1季度非警务警情分流联动处置考核情况"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        try (var document = org.apache.pdfbox.Loader.loadPDF(download("api/v1/figures/reports/" + quarterly + ".pdf"))) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("各单位考核得分")
                    .contains("区城市管理局").contains("28.6");
        }
        byte[] lingxiPart = download("api/v1/figures/report-parts/" + parts.get("UNIT:SD_LINGXI") + ".pdf");
        try (Browser browser = new Browser()) {
            browser.signIn(http.resolve("login.xhtml").toString(), "sd_lingxi", "Demo-110");
            browser.waitForUrlContaining("/app/");
            browser.visible(By.id("nav-dashboard")).click();
            browser.waitForUrlContaining("/app/dashboard.xhtml");
            assertThat(browser.visible(By.id("my-reports-form:my-reports")).getText()).contains("（陵西街道）")
                    .doesNotContain("区城市管理局");
            String row = "//tr[contains(., '2001年3月非警务警情分流联动处置工作通报（陵西街道）')]";
            browser.visible(By.xpath(row + "//button[contains(@class,'report-pdf')]")).click();
            java.nio.file.Path file = browser.downloads().resolve("2001年3月非警务警情分流联动处置工作通报（陵西街道）.pdf");
            browser.waitUntil(d -> java.nio.file.Files.exists(file) && file.toFile().length() == lingxiPart.length);
            assertThat(java.nio.file.Files.readAllBytes(file)).isEqualTo(lingxiPart);
        }
    }

    /**
     * Two days in May: on the 10th one order, closed; on the 11th two at Lingxi (one with its result
     * overdue since that day), one at the construction bureau and a drill with an overdue result.
     */
    @Test
    void theDashboardShowsTheTrendTheWorstOverdueAndWhatIsBehindEachFigure() throws Exception {
        String before = "2001-05-10";
        String day = "2001-05-11";
        long o = 9_300_000_000L;
        try (Connection c = Database.connect(); Statement s = c.createStatement()) {
            order(s, o + 1, "CLOSED", "SD_LINGXI", "C07-01", true, "'" + before + " 03:00:00'");
            order(s, o + 2, "IN_HANDLING", "SD_LINGXI", "C07-01", true, "'" + day + " 03:00:00'");
            order(s, o + 3, "IN_HANDLING", "SD_LINGXI", "C07-01", true, "'" + day + " 04:00:00'");
            order(s, o + 4, "IN_HANDLING", "SD_LINGXI", "C07-01", true, "'" + day + " 05:00:00'");
            order(s, o + 5, "IN_HANDLING", "URBAN_CONSTRUCTION_BUREAU", "C07-01", true, "'" + day + " 06:00:00'");
            s.executeUpdate("INSERT INTO routing_drill (incident_id, marked_at) VALUES (" + (o + 4) + ", '" + day
                    + " 05:00:00')");
            long late = instruction(c, o + 2, "SD_LINGXI", 1, "LEAD", "SIGNED", true, null);
            stage(s, late, "SIGN_FOR", "'" + day + " 03:10:00'", "'" + day + " 03:05:00'", "DONE");
            stage(s, late, "RESULT", "'" + day + " 06:00:00'", null, null);
            long inTime = instruction(c, o + 3, "SD_LINGXI", 1, "LEAD", "SIGNED", true, null);
            stage(s, inTime, "SIGN_FOR", "'" + day + " 04:10:00'", "'" + day + " 04:05:00'", "DONE");
            stage(s, inTime, "RESULT", "'2999-01-01 00:00:00'", null, null);
            long drill = instruction(c, o + 4, "SD_LINGXI", 1, "LEAD", "SIGNED", true, null);
            stage(s, drill, "RESULT", "'" + day + " 07:00:00'", null, null);
        }
        refresh(before);
        refresh(day);

        String series = "api/v1/figures/series?from=" + before + "&to=" + day + "&category=C07&by=";
        JsonObject perDay = Http.json(http.call("GET", series + "day", SUPERVISOR, null, null));
        assertThat(perDay.keySet()).containsExactly(before, day);
        assertThat(counts(perDay.getJsonObject(before))).containsEntry("received", 1L).containsEntry("closed", 1L);
        assertThat(counts(perDay.getJsonObject(day))).containsEntry("received", 3L).containsEntry("closed", 0L);
        JsonObject perWeek = Http.json(http.call("GET", series + "week", SUPERVISOR, null, null));
        assertThat(perWeek.keySet()).as("a Thursday and a Friday: the week from Monday the 7th").containsExactly("2001-05-07");
        assertThat(counts(perWeek.getJsonObject("2001-05-07"))).containsEntry("received", 4L).containsEntry("closed", 1L);
        JsonObject perMonth = Http.json(http.call("GET", series + "month", SUPERVISOR, null, null));
        assertThat(perMonth.keySet()).containsExactly("2001-05");
        assertThat(counts(perMonth.getJsonObject("2001-05"))).containsEntry("received", 4L);
        assertThat(Http.json(http.call("GET", series + "quarter", SUPERVISOR, null, null)).keySet())
                .containsExactly("2001-Q2");
        Http.problem(http.call("GET", series + "year", SUPERVISOR, null, null), "unprocessable-request");
        JsonObject trend = Http.json(http.call("GET", "api/v1/figures/trend?from=" + day + "&to=" + day + "&category=C07",
                SUPERVISOR, null, null));
        assertThat(trend.getJsonObject("previousPeriod").getString("from")).isEqualTo(before);
        JsonObject completion = trend.getJsonArray("indicators").stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getString("code").equals("COMPLETION")).findFirst().orElseThrow();
        assertThat(completion.getJsonNumber("value").doubleValue()).isZero();
        assertThat(completion.getJsonNumber("previous").doubleValue()).isEqualTo(1.0);
        assertThat(completion.getString("trend")).isEqualTo("DOWN_WORSE");

        var overdue = Http.array(http.call("GET", "api/v1/figures/overdue?subDistrict=SD_LINGXI&max=200", SUPERVISOR,
                null, null)).stream().map(JsonValue::asJsonObject).toList();
        assertThat(overdue.stream().filter(e -> e.getJsonNumber("incidentId").longValue() > o
                        && e.getJsonNumber("incidentId").longValue() < o + 10)
                .map(e -> e.getJsonNumber("incidentId").longValue() + ":" + e.getString("stage")))
                .as("only the stage overdue; not the one done, not the one not yet due, not the drill's")
                .containsExactly((o + 2) + ":RESULT");
        assertThat(overdue.stream().map(e -> java.time.Instant.parse(e.getString("dueAt"))).toList())
                .as("overdue longest first").isSorted();
        assertThat(Http.array(http.call("GET", "api/v1/figures/overdue?unit=URBAN_CONSTRUCTION_BUREAU&max=200",
                Http.staff("sd_lingxi"), null, null)).stream().map(e -> e.asJsonObject().getString("unitCode")))
                .as("a unit operator sees their own unit's").isNotEmpty().containsOnly("SD_LINGXI");

        try (Browser browser = new Browser()) {
            browser.signIn(http.resolve("login.xhtml").toString(), "supervisor", "Demo-110");
            browser.waitForUrlContaining("/app/home.xhtml");
            browser.open(http.resolve("app/dashboard.xhtml?from=" + day + "&to=" + day).toString());
            new Select(browser.visible(By.id("filter:category"))).selectByValue("C07");
            browser.visible(By.id("filter:apply")).click();
            browser.waitUntil(d -> d.findElement(By.id("overdue")).getText().contains(String.valueOf(o + 2)));
            assertThat(browser.visible(By.cssSelector(".indicator-counts[data-code='COMPLETION']")).getText())
                    .isEqualTo("0 / 3");
            assertThat(browser.visible(By.cssSelector(".indicator-previous[data-code='COMPLETION']")).getText())
                    .as("the 10th").isEqualTo("100.0%");
            assertThat(browser.visible(By.cssSelector(".trend[data-code='COMPLETION']")).getAttribute("class"))
                    .contains("trend-DOWN_WORSE");
            assertThat(browser.visible(By.id("overdue")).getText()).contains(String.valueOf(o + 2))
                    .doesNotContain(String.valueOf(o + 4));
            browser.visible(By.cssSelector(".indicator-counts[data-code='DIVERSION'] a.behind-numerator")).click();
            browser.waitForUrlContaining("/app/behind.xhtml");
            assertThat(browser.visible(By.id("total")).getText()).as("the figure's numerator").isEqualTo("3");
            assertThat(browser.visible(By.id("entries")).getText()).contains(String.valueOf(o + 2))
                    .contains(String.valueOf(o + 3)).contains(String.valueOf(o + 5)).doesNotContain(String.valueOf(o + 4))
                    .as("each order with its item, place and status").contains("C07-01").contains("怒江北街1号")
                    .contains("处置中");
            browser.visible(By.cssSelector("a.behind-order")).click();
            browser.waitForUrlContaining("/app/incident.xhtml");

            browser.open(http.resolve("app/indicators.xhtml").toString());
            assertThat(browser.visible(By.id("definitions")).getText()).contains("办结率")
                    .contains("已办结的警单数（结果经办公室确认并回告来源平台）");

            browser.open(http.resolve("app/dashboard.xhtml?from=" + day + "&to=" + day + "&category=C07").toString());
            assertThat(browser.visible(By.cssSelector(".indicator-counts[data-code='DIVERSION']")).getText())
                    .isEqualTo("3 / 3");
            browser.visible(By.xpath("//a[contains(@class,'ranking-unit') and text()='陵西街道']")).click();
            browser.waitForUrlContaining("unit=SD_LINGXI");
            assertThat(browser.visible(By.cssSelector(".indicator-counts[data-code='DIVERSION']")).getText())
                    .as("the ranking leads to the unit's own figures").isEqualTo("2 / 2");
        }
        try (Browser browser = new Browser()) {
            browser.signIn(http.resolve("login.xhtml").toString(), "sd_lingxi", "Demo-110");
            browser.waitForUrlContaining("/app/");
            browser.open(http.resolve("app/dashboard.xhtml?from=" + day + "&to=" + day).toString());
            assertThat(browser.visible(By.cssSelector(".indicator-counts[data-code='DIVERSION']")).getText())
                    .as("the unit's own orders only").isEqualTo("2 / 2");
            assertThat(browser.present(By.id("filter:unit"))).as("a unit sees its own figures only").isFalse();
        }
    }

    @Test
    void theFactsOfADayOfRandomOrdersEqualARecomputationFromTheRawRows() throws SQLException {
        Random random = new Random(4711);
        String[] units = {"SD_LINGXI", "URBAN_CONSTRUCTION_BUREAU", "CITY_MANAGEMENT_BUREAU", "SD_BEILING"};
        String[] statuses = {"AWAITING_ASSESSMENT", "IN_HANDLING", "NEEDS_REASSESSMENT", "CLOSED", "SENT_TO_POLICE"};
        String[] instructionStatuses = {"DISPATCHED", "SIGNED", "RESULT_SUBMITTED", "RETURNED", "REPORTED_BACK", "REOPENED"};
        try (Connection c = Database.connect(); Statement s = c.createStatement()) {
            for (int n = 0; n < 200; n++) {
                long id = 9_200_000_000L + n;
                String at = "'" + RANDOM_DAY + " " + String.format("%02d", random.nextInt(15)) + ":00:00'";
                String status = statuses[random.nextInt(statuses.length)];
                boolean assessed = !status.equals("AWAITING_ASSESSMENT") && random.nextInt(5) > 0;
                String lead = assessed ? units[random.nextInt(units.length)] : null;
                order(s, id, status, lead, "C0" + (1 + random.nextInt(3)) + "-01", assessed, at);
                if (random.nextInt(10) == 0) {
                    s.executeUpdate("INSERT INTO routing_drill (incident_id, marked_at) VALUES (" + id + ", " + at + ")");
                }
                if (random.nextInt(4) == 0) {
                    s.executeUpdate("UPDATE intake_incident SET repeat_count = " + (1 + random.nextInt(3))
                            + " WHERE id = " + id);
                }
                if (!assessed) {
                    continue;
                }
                for (int k = 0; k <= random.nextInt(3); k++) {
                    String iStatus = instructionStatuses[random.nextInt(instructionStatuses.length)];
                    boolean signed = !iStatus.equals("DISPATCHED") && random.nextInt(6) > 0;
                    long instruction = instruction(c, id, k == 0 ? lead : units[random.nextInt(units.length)],
                            1 + random.nextInt(2), k == 0 ? "LEAD" : "CO", iStatus, signed,
                            random.nextBoolean() ? "办结" : null);
                    for (String stage : new String[] {"SIGN_FOR", "FIRST_REPORT", "RESULT", "ARRIVE"}) {
                        int kind = random.nextInt(4);
                        String due = "'" + RANDOM_DAY + " 16:00:00'";
                        String done = kind == 0 ? "'" + RANDOM_DAY + " 15:00:00'" : kind == 1
                                ? "'" + RANDOM_DAY + " 17:00:00'" : null;
                        stage(s, instruction, stage, kind == 3 ? "'2099-01-01 00:00:00'" : due, done,
                                done == null ? (random.nextInt(3) == 0 ? "SKIPPED" : null) : "DONE");
                    }
                    if (k == 0 && random.nextBoolean()) {
                        String[] satisfaction = {"SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"};
                        String[] resolution = {"RESOLVED", "NOT_RESOLVED", "FALSELY_SOLVED"};
                        callback(s, id, instruction, satisfaction[random.nextInt(3)], resolution[random.nextInt(3)]);
                    }
                }
            }
        }
        refresh(RANDOM_DAY);
        Map<String, Long> facts = assertFactsEqualTheRawRows(RANDOM_DAY);
        assertThat(facts.get("received")).isGreaterThan(100);
    }

    /** The facts of a day against every count recomputed by SQL from the raw rows; the facts. */
    private Map<String, Long> assertFactsEqualTheRawRows(String day) throws SQLException {
        Map<String, Long> facts = counts(figures("from=" + day + "&to=" + day));
        RawFigures.assertEqual(facts, day, Database::scalar);
        return facts;
    }

    /**
     * Orders of one day taken through the API by a random sequence of lifecycle events (seeded, the
     * seed in every message): left unassessed, sent back to 110, dispatched and left, sent back by
     * the unit and dispatched anew, signed, resulted, confirmed, called back (resolved, or not and
     * reopened), reopened by the office. Afterwards the day's facts equal a recomputation from the
     * raw rows and every count's drill-down adds up to its figure. Dispatched to a department
     * (sign-for in 30 minutes), so that no deadline passes while the test runs.
     */
    @Test
    void theFactsAfterARandomSequenceOfLifecycleEventsEqualARecomputationFromTheRawRows() throws SQLException {
        String day = "2001-06-12";
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String unit = Http.unitKey("CITY_MANAGEMENT_BUREAU");
        String other = Http.unitKey("URBAN_CONSTRUCTION_BUREAU");
        java.util.List<String> paths = new java.util.ArrayList<>();
        for (int n = 0; n < 16; n++) {
            var incident = Http.incident("110-" + java.util.UUID.randomUUID(), "路灯不亮")
                    .add("receivedAt", day + "T" + String.format("%02d", 8 + n % 12) + ":30:00+08:00");
            int path = random.nextInt(9);
            paths.add(String.valueOf(path));
            if (path == 0) {
                Flows.push(http, incident);
                continue;
            }
            if (path == 1) {
                long id = Flows.push(http, incident);
                assertThat(http.call("POST", "api/v1/orders/" + id + "/send-to-police", Flows.DISPATCHER, null,
                        "{\"text\":\"涉嫌违法，属警务\"}").statusCode()).as("seed " + seed).isEqualTo(200);
                continue;
            }
            long[] sent = Flows.dispatchedTo(http, "CITY_MANAGEMENT_BUREAU", incident);
            if (path == 2) {
                continue;
            }
            if (path == 3) {
                Flows.act(http, unit, sent[1], "return", "不属本单位职责", 200);
                if (random.nextBoolean()) {
                    HttpResponse<String> again = http.call("POST", "api/v1/orders/" + sent[0] + "/dispatch",
                            Flows.DISPATCHER, null, "{\"dispatchMode\":\"IMMEDIATE\",\"leadUnit\":"
                                    + "\"URBAN_CONSTRUCTION_BUREAU\",\"reason\":\"改派\"}");
                    assertThat(again.statusCode()).as("seed " + seed + " " + again.body()).isEqualTo(200);
                    if (random.nextBoolean()) {
                        Flows.act(http, other, Http.array(again).getJsonObject(0).getJsonNumber("id").longValue(),
                                "sign", null, 200);
                    }
                }
                continue;
            }
            Flows.act(http, unit, sent[1], "sign", null, 200);
            if (path == 4) {
                continue;
            }
            Flows.act(http, unit, sent[1], "submit-result", "已修复", 200);
            if (path == 5) {
                continue;
            }
            assertThat(http.call("POST", "api/v1/instructions/" + sent[1] + "/confirm", Flows.DISPATCHER, null, null)
                    .statusCode()).as("seed " + seed).isEqualTo(200);
            if (path == 6) {
                continue;
            }
            if (path == 7) {
                assertThat(http.call("POST", "api/v1/instructions/" + sent[1] + "/reopen", Flows.DISPATCHER, null,
                        "{\"text\":\"群众再次反映未修复\"}").statusCode()).as("seed " + seed).isEqualTo(200);
                continue;
            }
            JsonObject callback = Http.array(http.call("GET", "api/v1/callbacks?max=500", SUPERVISOR, null, null))
                    .stream().map(JsonValue::asJsonObject)
                    .filter(b -> b.getJsonNumber("incidentId").longValue() == sent[0]).findFirst().orElseThrow();
            String[] resolutions = {"RESOLVED", "NOT_RESOLVED", "FALSELY_SOLVED"};
            String[] satisfactions = {"SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"};
            HttpResponse<String> answered = http.call("POST", "api/v1/callbacks/" + callback.getJsonNumber("id"),
                    SUPERVISOR, null, Json.createObjectBuilder().add("version", callback.getJsonNumber("version"))
                            .add("reached", true).add("resolution", resolutions[random.nextInt(3)])
                            .add("satisfaction", satisfactions[random.nextInt(3)]).add("comment", "回访")
                            .build().toString());
            assertThat(answered.statusCode()).as("seed " + seed + " " + answered.body()).isEqualTo(200);
        }
        refresh(day);
        Map<String, Long> facts = assertFactsEqualTheRawRows(day);
        assertThat(facts.get("received")).as("seed " + seed + ", paths " + paths).isEqualTo(16);
        for (String count : facts.keySet()) {
            HttpResponse<String> behind = http.call("GET", "api/v1/figures/orders?count=" + count + "&from=" + day
                    + "&to=" + day, SUPERVISOR, null, null);
            assertThat(Http.array(behind).stream().mapToLong(e -> e.asJsonObject().getJsonNumber("adds").longValue())
                    .sum()).as("seed " + seed + ", paths " + paths + ": " + count).isEqualTo(facts.get(count));
        }
    }


    @Test
    void anItemRecurringInOneGridRaisesAClassWarningThatBecomesAWarningNotice() throws SQLException {
        int n = new Random().nextInt(1, 99_999);
        java.util.List<Long> fallen = new java.util.ArrayList<>();
        for (int daysAgo : new int[] {9, 6, 3}) {
            fallen.add(Flows.push(http, Http.incident("110-" + java.util.UUID.randomUUID(), "大风刮倒行道树，压住路面")
                    .add("address", "沈阳市于洪区北陵村" + n + "-" + daysAgo + "号").add("categoryCode", "C03-01")
                    .add("receivedAt", Http.beijingTime(java.time.Duration.ofDays(daysAgo)))));
        }
        for (String place : new String[] {"北陵村", "美国郡"}) {
            Flows.push(http, Http.incident("110-" + java.util.UUID.randomUUID(), "行道树枝叶遮挡路灯")
                    .add("address", "沈阳市于洪区" + place + n + "号").add("categoryCode", "C03-02"));
        }
        Http.problem(http.call("POST", "api/v1/class-warnings/detect", Flows.DISPATCHER, null, null), "forbidden");
        assertThat(http.call("POST", "api/v1/class-warnings/detect", SUPERVISOR, null, null).statusCode()).isEqualTo(200);

        var warnings = Http.array(http.call("GET", "api/v1/class-warnings", SUPERVISOR, null, null)).stream()
                .map(JsonValue::asJsonObject).toList();
        JsonObject warning = warnings.stream().filter(w -> w.getString("itemCode").equals("C03-01")
                && w.getString("placeKind").equals("GRID") && w.getString("place").equals("SD_BEILING-G01"))
                .findFirst().orElseThrow();
        assertThat(warning.getJsonArray("orderIds").stream().map(v -> ((jakarta.json.JsonNumber) v).longValue()))
                .containsAll(fallen);
        assertThat(warning.getString("status")).isEqualTo("OPEN");
        assertThat(warnings).noneMatch(w -> w.getString("itemCode").equals("C03-02"));
        assertThat(Database.scalar("select count(*) from supervision_notification where kind = 'CLASS_WARNING' "
                + "and subject_id = ?", warning.getJsonNumber("id").longValue())).isEqualTo(1);

        String due = java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(8)).plusDays(3).withNano(0).toString();
        HttpResponse<String> issued = http.call("POST", "api/v1/class-warnings/" + warning.getJsonNumber("id") + "/notice",
                SUPERVISOR, null, "{\"version\":" + warning.getJsonNumber("version") + ",\"answerDue\":\"" + due + "\"}");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        long instrument = Http.json(issued).getJsonNumber("instrumentId").longValue();
        JsonObject notice = Http.array(http.call("GET", "api/v1/instruments", SUPERVISOR, null, null)).stream()
                .map(JsonValue::asJsonObject).filter(i -> i.getJsonNumber("id").longValue() == instrument)
                .findFirst().orElseThrow();
        assertThat(notice.getString("kind")).isEqualTo("WARNING_NOTICE");
        assertThat(notice.getString("label")).startsWith("预警〔");
        assertThat(notice.getString("body")).contains(String.valueOf(fallen.get(0)));
        assertThat(notice.getJsonArray("recipients").getJsonObject(0).getString("unitCode"))
                .isEqualTo("CITY_MANAGEMENT_BUREAU");
    }

    /** A cluster far larger than a database's default string aggregation would carry keeps every order. */
    @Test
    void aLargeClusterKeepsEveryOneOfItsOrders() throws SQLException {
        String grid = "BENCH-G" + new Random().nextInt(1, 99_999);
        long first = 9_400_000_000L + new Random().nextInt(0, 1_000) * 1_000L;
        String at = "'" + java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusHours(2).withNano(0) + "'";
        try (Connection c = Database.connect(); Statement s = c.createStatement()) {
            for (long id = first; id < first + 150; id++) {
                s.executeUpdate("INSERT INTO intake_incident (id, source, received_at, recorded_at, queue_at, address, "
                        + "description, status, category_code, grid_code) VALUES (" + id + ", 'PLATFORM_110', " + at
                        + ", " + at + ", " + at + ", '夜市摊点" + id + "号', '夜间施工扰民', 'CLOSED', 'C04-01', '" + grid + "')");
            }
        }
        assertThat(http.call("POST", "api/v1/class-warnings/detect", SUPERVISOR, null, null).statusCode()).isEqualTo(200);
        JsonObject warning = Http.array(http.call("GET", "api/v1/class-warnings", SUPERVISOR, null, null)).stream()
                .map(JsonValue::asJsonObject).filter(w -> w.getString("place").equals(grid)).findFirst().orElseThrow();
        assertThat(warning.getJsonArray("orderIds").stream().map(v -> ((jakarta.json.JsonNumber) v).longValue()))
                .hasSize(150).contains(first, first + 149);
    }

    @Test
    void anItemSentBackBetweenUnitsAgainAndAgainIsListedWithTheirReasons() throws SQLException {
        String cityManagement = Http.unitKey("CITY_MANAGEMENT_BUREAU");
        String[] reasons = {"树木归园林所管，非城管职责", "应由街道负责修剪", "属物业管理范围"};
        // the first reason is given twice: the list names it once
        for (String reason : java.util.List.of(reasons[0], reasons[1], reasons[0], reasons[2])) {
            long[] sent = Flows.dispatchedTo(http, "CITY_MANAGEMENT_BUREAU", Http.incident("110-"
                    + java.util.UUID.randomUUID(), "小区树木需要修剪").add("categoryCode", "C03-02"));
            Flows.act(http, cityManagement, sent[1], "return", reason, 200);
        }
        long[] once = Flows.dispatchedTo(http, "CITY_MANAGEMENT_BUREAU", Http.incident("110-"
                + java.util.UUID.randomUUID(), "绿化带杂草丛生").add("categoryCode", "C03-03"));
        Flows.act(http, cityManagement, once[1], "return", "不属本单位", 200);

        // the orders were received an hour ago, which may be yesterday in the office's time zone
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        HttpResponse<String> listed = http.call("GET", "api/v1/figures/disputed-items?from=" + today.minusDays(1)
                + "&to=" + today
                + "&min=3", SUPERVISOR, null, null);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        var items = Http.array(listed).stream().map(JsonValue::asJsonObject).toList();
        JsonObject trees = items.stream().filter(i -> i.getString("itemCode").equals("C03-02")).findFirst().orElseThrow();
        assertThat(trees.getJsonNumber("returns").longValue()).isEqualTo(4);
        assertThat(trees.getJsonArray("units").getString(0)).isEqualTo("CITY_MANAGEMENT_BUREAU");
        assertThat(trees.getJsonArray("reasons").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)).containsExactly(reasons);
        assertThat(items).noneMatch(i -> i.getString("itemCode").equals("C03-03"));
    }

    // ---- helpers ----------------------------------------------------------------------------

    private void refresh(String day) {
        HttpResponse<String> refreshed = http.call("POST", "api/v1/figures/refresh?from=" + day + "&to=" + day,
                SUPERVISOR, null, null);
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
    }

    private byte[] download(String path) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                http.resolve(path)).header("Authorization", SUPERVISOR).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private JsonObject figures(String query) {
        HttpResponse<String> response = http.call("GET", "api/v1/figures?" + query, SUPERVISOR, null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    private static Map<String, Long> counts(JsonObject figures) {
        return figures.getJsonObject("counts").entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> ((jakarta.json.JsonNumber) e.getValue()).longValue()));
    }

    private static JsonObject indicator(JsonObject figures, String code) {
        return figures.getJsonArray("indicators").stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getString("code").equals(code)).findFirst().orElseThrow();
    }

    private static void assertRate(JsonObject figures, String code, long numerator, long denominator, double value,
                                   String status) {
        JsonObject indicator = indicator(figures, code);
        assertThat(indicator.getJsonNumber("numerator").longValue()).as(code).isEqualTo(numerator);
        assertThat(indicator.getJsonNumber("denominator").longValue()).as(code).isEqualTo(denominator);
        assertThat(indicator.getJsonNumber("value").doubleValue()).as(code).isCloseTo(value, within(1e-9));
        assertThat(indicator.getString("status")).as(code).isEqualTo(status);
    }

    /**
     * An order as intake and routing would have written it: the incident (same id, so that intake's
     * own sequence moves past it and no later order collides) and routing's order.
     */
    private static void order(Statement s, long id, String status, String lead, String item, boolean assessed, String at)
            throws SQLException {
        s.executeUpdate("INSERT INTO intake_incident (id, source, received_at, recorded_at, queue_at, address, "
                + "description, status) VALUES (" + id + ", 'PLATFORM_110', " + at + ", " + at + ", " + at
                + ", '怒江北街1号', '测试', '" + (status.equals("CLOSED") || status.equals("SENT_TO_POLICE") ? "CLOSED"
                : "OPEN") + "')");
        s.executeUpdate("INSERT INTO routing_order (incident_id, status, source, received_at, address, sub_district, "
                + "description, item_code, on_scene_dispute, threat_to_safety, utilities_hazard, needs_police_first, "
                + "proposed_rule, proposed_reason, proposed_class, proposed_level, proposed_mode, lead_unit, assessed_at, "
                + "handling_class, level, dispatch_mode) VALUES (" + id + ", '" + status + "', 'PLATFORM_110', " + at
                + ", '怒江北街1号', 'SD_LINGXI', '测试', '" + item + "', FALSE, FALSE, FALSE, FALSE, "
                + "'DEFAULT_SOURCE_DIVERSION', '测试', 'SOURCE_DIVERSION', 2, 'IMMEDIATE', "
                + (lead == null ? "NULL" : "'" + lead + "'") + ", " + (assessed ? at : "NULL")
                + ", 'SOURCE_DIVERSION', 2, 'IMMEDIATE')");
    }

    private static long instruction(Connection c, long order, String unit, int tier, String role, String status,
                                    boolean signed, String result) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO routing_instruction (incident_id, unit_code, channel, "
                + "role, level, tier, unit_class, status, dispatch_round, dispatched_at, signed_at, updated_at, result_text) "
                + "VALUES (?, ?, 'DIRECT', ?, 2, ?, 'ALL', ?, 1, '" + DAY + " 02:00:00', " + (signed ? "'" + DAY
                + " 02:05:00'" : "NULL") + ", '" + DAY + " 02:00:00', ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, order);
            s.setString(2, unit);
            s.setString(3, role);
            s.setInt(4, tier);
            s.setString(5, status);
            s.setString(6, result);
            s.executeUpdate();
            try (var keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void stage(Statement s, long instruction, String stage, String due, String done, String outcome)
            throws SQLException {
        s.executeUpdate("INSERT INTO routing_instruction_stage (instruction_id, stage, due_at, done_at, outcome) VALUES ("
                + instruction + ", '" + stage + "', " + due + ", " + (done == null ? "NULL" : done) + ", "
                + (outcome == null ? "NULL" : "'" + outcome + "'") + ")");
    }

    private static void callback(Statement s, long order, long instruction, String satisfaction, String resolution)
            throws SQLException {
        s.executeUpdate("INSERT INTO supervision_callback (incident_id, instruction_id, unit_code, result_round, status, "
                + "attempts, resolution, satisfaction, queued_at, done_at, done_by) VALUES (" + order + ", " + instruction
                + ", 'SD_LINGXI', 1, 'DONE', 1, '" + resolution + "', '" + satisfaction + "', '" + DAY + " 12:00:00', '"
                + DAY + " 12:00:00', 'supervisor')");
    }
}
