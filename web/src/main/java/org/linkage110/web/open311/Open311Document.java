package org.linkage110.web.open311;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.linkage110.platform.Jsons;

/**
 * One Open311 answer in either format. The body is a list of records (a JSON array; in XML the
 * root element holding one {@code item} element per record) or one record (a JSON object; in XML
 * the root element itself). A record is an ordered map; a list inside it becomes a JSON array, or
 * in XML an element of that name holding one element per entry, named without the plural's "s"
 * ({@code attributes/attribute}, {@code values/value}). Null values are left out.
 */
public record Open311Document(String root, String item, Object body) {

    public static final String XML = "text/xml;charset=utf-8";
    public static final String JSON = "application/json;charset=utf-8";

    public static Open311Document list(String root, String item, List<? extends Map<String, ?>> records) {
        return new Open311Document(root, item, records);
    }

    public static Open311Document single(String root, Map<String, ?> record) {
        return new Open311Document(root, null, record);
    }

    public Response toResponse(String format, int status) {
        boolean xml = "xml".equals(format);
        return Response.status(status).type(xml ? XML : JSON).entity(xml ? xml() : json()).build();
    }

    String json() {
        if (body instanceof List<?> records) {
            return array(records).build().toString();
        }
        return object((Map<?, ?>) body).build().toString();
    }

    String xml() {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(root);
            if (body instanceof List<?> records) {
                for (Object record : records) {
                    element(xml, item, record);
                }
            } else {
                fields(xml, (Map<?, ?>) body);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
        return out.toString();
    }

    private static void fields(XMLStreamWriter xml, Map<?, ?> record) throws XMLStreamException {
        for (Map.Entry<?, ?> field : record.entrySet()) {
            if (field.getValue() == null) {
                continue;
            }
            String name = field.getKey().toString();
            if (field.getValue() instanceof List<?> entries) {
                xml.writeStartElement(name);
                String singular = name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
                for (Object entry : entries) {
                    element(xml, singular, entry);
                }
                xml.writeEndElement();
            } else {
                element(xml, name, field.getValue());
            }
        }
    }

    private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        xml.writeStartElement(name);
        if (value instanceof Map<?, ?> record) {
            fields(xml, record);
        } else {
            xml.writeCharacters(value.toString());
        }
        xml.writeEndElement();
    }

    private static JsonArrayBuilder array(List<?> entries) {
        JsonArrayBuilder array = Jsons.createArrayBuilder();
        for (Object entry : entries) {
            if (entry instanceof Map<?, ?> record) {
                array.add(object(record));
            } else {
                array.add(entry.toString());
            }
        }
        return array;
    }

    private static JsonObjectBuilder object(Map<?, ?> record) {
        JsonObjectBuilder json = Jsons.createObjectBuilder();
        record.forEach((key, value) -> {
            String name = key.toString();
            if (value == null) {
                return;
            }
            if (value instanceof List<?> entries) {
                json.add(name, array(entries));
            } else if (value instanceof Map<?, ?> nested) {
                json.add(name, object(nested));
            } else if (value instanceof Boolean b) {
                json.add(name, b);
            } else if (value instanceof Long || value instanceof Integer) {
                json.add(name, ((Number) value).longValue());
            } else {
                json.add(name, value.toString());
            }
        });
        return json;
    }

    /** Open311's error answer: a list of {code, description}. */
    public static Response error(String format, int status, String description) {
        return list("errors", "error", List.of(Open311Record.of("code", status, "description", description)))
                .toResponse(format, status);
    }
}
