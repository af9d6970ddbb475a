package org.linkage110.intake.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.linkage110.domain.CategoryCode;
import org.linkage110.intake.CallReader;
import org.linkage110.intake.CallReading;
import org.linkage110.intake.CategorySuggestion;
import org.linkage110.intake.InquiryElementView;
import org.linkage110.intake.internal.reference.InquiryElementKind;
import org.linkage110.intake.internal.reference.TaxonomyItemKind;
import org.linkage110.platform.reference.ReferenceCopies;
import org.linkage110.platform.reference.ReferenceDataChanged;

/**
 * Reads the office's taxonomy: items, their keywords and their inquiry elements. The call reader
 * built from the keywords (with the item model shipped in the jar) is kept for a minute, so a
 * delivery without a category does not rebuild it, and an edit by the office takes effect within
 * that minute.
 */
@ApplicationScoped
public class TaxonomyIndex {

    @PersistenceContext(unitName = "intake")
    EntityManager em;

    /** Taxonomy items and their questions as last read (ReferenceCopies). */
    @Inject
    ReferenceCopies copies;

    public boolean isActiveItem(String code) {
        return copies.of(TaxonomyItemKind.NAME, code,
                () -> Optional.ofNullable(em.find(TaxonomyItem.class, code))
                        .filter(TaxonomyItem::isActive)
                        .filter(item -> !item.toEntry().isCategory())
                        .isPresent());
    }

    /** How long a built suggester serves before the office's latest keywords are read again. */
    private static final Duration SUGGESTER_LIFETIME = Duration.ofMinutes(1);

    private volatile Built built;

    private record Built(CallReader reader, Instant at) {
    }

    @Inject
    Clock clock;

    /** The office changed the taxonomy: the next suggestion reads it again. */
    void onChange(@Observes ReferenceDataChanged change) {
        if (TaxonomyItemKind.NAME.equals(change.kind())) {
            built = null;
        }
    }

    public List<CategorySuggestion> suggest(String description, int limit) {
        return reader().suggest(description, limit);
    }

    /** What the description says: items, flags and cues of police business (see {@link CallReader}). */
    public CallReading read(String description, int limit) {
        return reader().read(description, limit);
    }

    private CallReader reader() {
        Built current = built;
        Instant now = clock.instant();
        if (current == null || current.at().plus(SUGGESTER_LIFETIME).isBefore(now)) {
            current = new Built(buildReader(), now);
            built = current;
        }
        return current.reader();
    }

    private CallReader buildReader() {
        Map<String, List<String>> keywords = new HashMap<>();
        for (Object[] row : em.createQuery("select k.itemCode, k.keyword from TaxonomyKeyword k, TaxonomyItem t "
                + "where t.code = k.itemCode and t.active = true", Object[].class).getResultList()) {
            keywords.computeIfAbsent((String) row[0], k -> new java.util.ArrayList<>()).add((String) row[1]);
        }
        Map<String, String> names = em.createNamedQuery(TaxonomyItem.ACTIVE, TaxonomyItem.class).getResultStream()
                .map(TaxonomyItem::toEntry)
                .filter(e -> !e.isCategory())
                .collect(Collectors.toMap(e -> e.code(), e -> e.nameZh()));
        return new CallReader(keywords, names);
    }

    /** The elements of the item's category, then the item's own. */
    public List<InquiryElementView> inquiryElements(String item) {
        String category = new CategoryCode(item).parent().map(CategoryCode::value).orElse(item);
        return copies.of(InquiryElementKind.NAME, item,
                () -> em.createNamedQuery(InquiryElement.FOR_ITEM, InquiryElement.class)
                        .setParameter("codes", List.of(category, item))
                        .getResultStream()
                        .map(InquiryElement::toView)
                        .toList());
    }
}
