package org.linkage110.web.open311;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.linkage110.routing.OrderStatus;
import org.w3c.dom.Document;

class Open311DocumentTest {

    private final Open311Document services = Open311Document.list("services", "service", List.of(
            Open311Record.of("service_code", "C01-01", "service_name", "井盖缺失 <&>", "metadata", true,
                    "keywords", null),
            Open311Record.of("service_code", "C01-02", "service_name", "路灯", "metadata", false)));

    @Test
    void aListIsAJsonArrayAndAnXmlRootWithOneElementPerRecordNullsLeftOut() throws Exception {
        JsonArray json = Json.createReader(new StringReader(services.json())).readArray();
        assertThat(json).hasSize(2);
        assertThat(json.getJsonObject(0).getString("service_name")).isEqualTo("井盖缺失 <&>");
        assertThat(json.getJsonObject(0).getBoolean("metadata")).isTrue();
        assertThat(json.getJsonObject(0).containsKey("keywords")).isFalse();

        Document xml = parse(services.xml());
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("services");
        assertThat(xml.getElementsByTagName("service").getLength()).isEqualTo(2);
        assertThat(xml.getElementsByTagName("service_name").item(0).getTextContent()).isEqualTo("井盖缺失 <&>");
        assertThat(xml.getElementsByTagName("keywords").getLength()).isZero();
    }

    @Test
    void nestedListsBecomeJsonArraysAndXmlElementsOfTheSingularName() throws Exception {
        Open311Document definition = Open311Document.single("service_definition", Open311Record.of(
                "service_code", "C01-01", "attributes", List.of(Open311Record.of("code", "traffic_impact",
                        "order", 1, "values", List.of(Open311Record.of("key", "影响通行", "name", "影响通行"))))));
        assertThat(Json.createReader(new StringReader(definition.json())).readObject().getJsonArray("attributes")
                .getJsonObject(0).getInt("order")).isEqualTo(1);
        Document xml = parse(definition.xml());
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("service_definition");
        assertThat(xml.getElementsByTagName("attribute").getLength()).isEqualTo(1);
        assertThat(xml.getElementsByTagName("value").item(0).getFirstChild().getTextContent()).isEqualTo("影响通行");
    }

    @Test
    void everyOrderStatusIsOpenOrClosedWithItsOwnNotes() {
        for (OrderStatus status : OrderStatus.values()) {
            Open311Status mapped = Open311Status.of(status);
            assertThat(mapped.open311).isIn("open", "closed");
            assertThat(mapped.notes).isNotBlank();
        }
        assertThat(Open311Status.of(OrderStatus.CLOSED).open311).isEqualTo("closed");
        assertThat(Open311Status.of(OrderStatus.SENT_TO_POLICE).open311).isEqualTo("closed");
        assertThat(Open311Status.of(OrderStatus.NEEDS_REASSESSMENT).open311).isEqualTo("open");
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
