package org.linkage110.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.linkage110.domain.FieldLimits;

/**
 * Whatever the API accepts the database keeps: every column that stores a field is as wide as the
 * field's limit, a 500-character address and 4,000-character texts are stored whole, one character
 * more is refused with a 4xx and nothing written, and malformed inquiry answers are a 4xx, not a 500.
 */
@SharedServer.Uses
class FieldLimitsIT {

    @SharedServer.Base
    URL base;

    private Http http;

    @BeforeEach
    void connect() {
        http = new Http(base);
    }

    @Test
    void everyColumnKeepingAFieldIsAtLeastAsWideAsTheFieldsLimit() throws Exception {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (String column : new String[] {"intake_incident.address", "routing_order.address", "intake_police_matter.address"}) {
            columns.put(column, FieldLimits.ADDRESS);
        }
        for (String column : new String[] {"intake_incident.description", "routing_order.description",
                "intake_police_matter.description"}) {
            columns.put(column, FieldLimits.DESCRIPTION);
        }
        for (String column : new String[] {"routing_instruction.return_reason", "routing_instruction.result_text",
                "routing_instruction.reopen_reason", "routing_instruction_record.text",
                "routing_instruction_record.decision_note", "routing_order.override_reason",
                "routing_order.last_return_reason", "routing_order.police_dispatch_reason",
                "supervision_rectification.request", "supervision_rectification.answer",
                "supervision_rectification.decision_note", "supervision_callback.comment", "supervision_sample_item.note",
                "supervision_class_warning.note", "supervision_instrument_recipient.answer",
                "supervision_instrument_recipient.refusal"}) {
            columns.put(column, FieldLimits.TEXT);
        }
        try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT character_maximum_length FROM information_schema.columns WHERE table_schema = DATABASE() "
                        + "AND table_name = ? AND column_name = ?")) {
            for (Map.Entry<String, Integer> column : columns.entrySet()) {
                String[] name = column.getKey().split("\\.");
                s.setString(1, name[0]);
                s.setString(2, name[1]);
                try (ResultSet rs = s.executeQuery()) {
                    assertThat(rs.next()).as("column %s exists", column.getKey()).isTrue();
                    assertThat(rs.getLong(1)).as(column.getKey()).isGreaterThanOrEqualTo(column.getValue());
                }
            }
        }
    }

    @Test
    void aFiveHundredCharacterAddressAndFourThousandCharacterTextsAreStoredAndOneMoreIsRefused() throws Exception {
        String address = ("沈阳市于洪区怒江北街" + UUID.randomUUID()).repeat(20).substring(0, FieldLimits.ADDRESS);
        String number = "110-" + UUID.randomUUID();
        HttpResponse<String> tooLong = http.postJson("api/v1/incidents", Http.KEY_110,
                Http.incident(number, "井盖缺失").add("address", address + "号").build().toString());
        assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(400);
        assertThat(Database.scalar("SELECT COUNT(*) FROM intake_incident WHERE external_number = ?", number)).isZero();

        long order = Flows.push(http, Http.incident(number, "井".repeat(FieldLimits.DESCRIPTION)).add("address", address));
        assertThat(Database.scalar("SELECT CHAR_LENGTH(address) FROM routing_order WHERE incident_id = ?", order))
                .isEqualTo(FieldLimits.ADDRESS);
        String reason = "属".repeat(FieldLimits.TEXT);
        HttpResponse<String> overlong = http.call("POST", "api/v1/orders/" + order + "/dispatch", Flows.DISPATCHER, null,
                dispatch(reason + "地"));
        assertThat(overlong.statusCode()).as(overlong.body()).isEqualTo(422);
        assertThat(Database.scalar("SELECT COUNT(*) FROM routing_instruction WHERE incident_id = ?", order)).isZero();
        HttpResponse<String> sent = http.call("POST", "api/v1/orders/" + order + "/dispatch", Flows.DISPATCHER, null,
                dispatch(reason));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        long instruction = Http.array(sent).getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(Database.scalar("SELECT CHAR_LENGTH(override_reason) FROM routing_order WHERE incident_id = ?", order))
                .isEqualTo(FieldLimits.TEXT);

        Flows.act(http, Flows.LINGXI, instruction, "sign", null, 200);
        String text = "退".repeat(FieldLimits.TEXT);
        Flows.act(http, Flows.LINGXI, instruction, "return", text + "单", 422);
        assertThat(Database.scalar("SELECT COUNT(*) FROM routing_instruction WHERE id = ? AND status = 'SIGNED'",
                instruction)).as("nothing written").isEqualTo(1);
        Flows.act(http, Flows.LINGXI, instruction, "return", text, 200);
        assertThat(Database.scalar("SELECT CHAR_LENGTH(return_reason) FROM routing_instruction WHERE id = ?", instruction))
                .isEqualTo(FieldLimits.TEXT);
    }

    @Test
    void anInquiryAnswerThatIsNullIsOneNotAnsweredAndAnAnswersListThatIsNoObjectIsAClientError() throws Exception {
        String number = "110-" + UUID.randomUUID();
        HttpResponse<String> nulled = http.postJson("api/v1/incidents", Http.KEY_110, Http.incident(number, "井盖缺失")
                .add("inquiryAnswers", Json.createObjectBuilder().addNull("traffic_impact")).build().toString());
        assertThat(nulled.statusCode()).as("a question sent without an answer is one not answered: " + nulled.body())
                .isEqualTo(201);
        assertThat(Database.scalar("SELECT COUNT(*) FROM intake_incident WHERE external_number = ? AND "
                + "(inquiry_answers IS NULL OR inquiry_answers NOT LIKE '%traffic_impact%')", number)).isEqualTo(1);
        String list = Http.incident("110-" + UUID.randomUUID(), "井盖缺失").build().toString()
                .replaceFirst("\\}$", ",\"inquiryAnswers\":[1,2]}");
        HttpResponse<String> listed = http.postJson("api/v1/incidents", Http.KEY_110, list);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(400);
    }

    @Test
    void aMomentOutsideThisCenturyIsRefusedRatherThanStoredShifted() {
        for (String year : new String[] {"0001", "-0001", "1899"}) {
            String number = "110-" + UUID.randomUUID();
            HttpResponse<String> refused = http.postJson("api/v1/incidents", Http.KEY_110, Http.incident(number, "井盖缺失")
                    .add("receivedAt", year + "-06-01T08:00:00+08:00").build().toString());
            assertThat(Http.problem(refused, "invalid-fields").getJsonArray("errors").getJsonObject(0).getString("field"))
                    .as(year).isEqualTo("receivedAt");
        }
    }

    @Test
    void portalPagesGivenBadParametersSayWhatIsWrongInsteadOfFailing() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn(http.resolve("login.xhtml").toString(), "supervisor", "Demo-110");
            browser.waitForUrlContaining("/app/home.xhtml");
            browser.open(http.resolve("app/behind.xhtml?from=2026-11-01&to=2026-11-30").toString());
            assertThat(browser.visible(By.id("messages")).getText()).as("no count named, said in the user's language")
                    .containsAnyOf("计数：须为以下之一", "Count: must be one of").contains("sign_due");
            browser.open(http.resolve("app/dashboard.xhtml?from=9999-12-31&to=0001-01-01").toString());
            assertThat(browser.visible(By.id("messages")).getText()).containsAnyOf("起始日期晚于截止日期",
                    "The start is after the end");
            assertThat(browser.visible(By.id("filter:from_input")).getAttribute("value"))
                    .isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(29).toString());
        }
    }

    private static String dispatch(String reason) {
        return Json.createObjectBuilder().add("dispatchMode", "IMMEDIATE").add("leadUnit", "SD_LINGXI")
                .add("reason", reason).build().toString();
    }
}
