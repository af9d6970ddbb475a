package org.linkage110.intake;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.inject.Inject;
import java.util.List;
import org.linkage110.intake.internal.TaxonomyIndex;
import org.linkage110.intake.internal.TaxonomyItem;

/** The taxonomy of incident categories (004's appendix), as the office keeps it. */
@Stateless
public class Taxonomy {

    @PersistenceContext(unitName = "intake")
    EntityManager em;

    /** Every active entry, categories and sub-items, in code order. */
    public List<TaxonomyEntry> entries() {
        return em.createNamedQuery(TaxonomyItem.ACTIVE, TaxonomyItem.class)
                .getResultStream()
                .map(TaxonomyItem::toEntry)
                .toList();
    }

    @Inject
    TaxonomyIndex index;

    public List<TaxonomyEntry> categories() {
        return entries().stream().filter(TaxonomyEntry::isCategory).toList();
    }

    /**
     * What a call's description says: the best {@code limit} items (with the words that made
     * them), the flags it implies with their words, and the cues of police business.
     */
    public CallReading read(String description, int limit) {
        return index.read(description, limit);
    }

    /** The items best matching a description, best first, with the words that matched. */
    public List<CategorySuggestion> suggest(String description, int limit) {
        return index.suggest(description, limit);
    }

    /** What the call-taker asks for this item: its category's elements, then its own. */
    public List<InquiryElementView> inquiryElements(String itemCode) {
        return index.inquiryElements(itemCode);
    }
}
