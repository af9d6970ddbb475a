package org.linkage110.web.open311;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.linkage110.intake.InquiryElementView;
import org.linkage110.intake.Taxonomy;
import org.linkage110.intake.TaxonomyEntry;

/** Open311 services: the taxonomy's items, their group the category; definitions from the inquiry elements. */
@RequestScoped
class Open311Services {

    @Inject
    Taxonomy taxonomy;

    Open311Document list() {
        List<TaxonomyEntry> entries = taxonomy.entries();
        Map<String, TaxonomyEntry> categories = entries.stream().filter(TaxonomyEntry::isCategory)
                .collect(Collectors.toMap(TaxonomyEntry::code, Function.identity()));
        List<Map<String, Object>> services = new ArrayList<>();
        for (TaxonomyEntry item : entries) {
            if (item.isCategory()) {
                continue;
            }
            TaxonomyEntry category = categories.get(item.parentCode());
            services.add(Open311Record.of("service_code", item.code(), "service_name", item.nameZh(),
                    "description", both(item), "metadata", !taxonomy.inquiryElements(item.code()).isEmpty(),
                    "type", "realtime", "keywords", item.nameEn(),
                    "group", category == null ? null : both(category)));
        }
        return Open311Document.list("services", "service", services);
    }

    Optional<Open311Document> definition(String code) {
        boolean known = taxonomy.entries().stream().anyMatch(e -> !e.isCategory() && e.code().equals(code));
        if (!known) {
            return Optional.empty();
        }
        List<Map<String, Object>> attributes = new ArrayList<>();
        int order = 1;
        for (InquiryElementView element : taxonomy.inquiryElements(code)) {
            attributes.add(Open311Record.of("variable", true, "code", element.code(),
                    "datatype", datatype(element.datatype()), "required", element.required(),
                    "datatype_description", element.labelEn() == null ? null : element.labelEn(),
                    "order", order++, "description", element.labelZh(), "values", values(element)));
        }
        return Optional.of(Open311Document.single("service_definition",
                Open311Record.of("service_code", code, "attributes", attributes)));
    }

    private static String both(TaxonomyEntry entry) {
        return entry.nameEn() == null || entry.nameEn().isBlank() ? entry.nameZh()
                : entry.nameZh() + " (" + entry.nameEn() + ")";
    }

    private static String datatype(InquiryElementView.Datatype datatype) {
        return switch (datatype) {
            case TEXT -> "string";
            case NUMBER -> "number";
            case BOOLEAN, CHOICE -> "singlevaluelist";
        };
    }

    private static List<Map<String, Object>> values(InquiryElementView element) {
        return switch (element.datatype()) {
            case BOOLEAN -> List.of(Open311Record.of("key", "true", "name", "是 (yes)"),
                    Open311Record.of("key", "false", "name", "否 (no)"));
            case CHOICE -> element.choices().stream()
                    .map(choice -> Open311Record.of("key", choice, "name", choice)).toList();
            default -> null;
        };
    }
}
