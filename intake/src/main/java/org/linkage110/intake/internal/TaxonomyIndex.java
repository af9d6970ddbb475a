package org.linkage110.intake.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.linkage110.domain.CategoryCode;
import org.linkage110.intake.CategorySuggestion;
import org.linkage110.intake.InquiryElementView;

/** Reads the office's taxonomy: items, their keywords and their inquiry elements. */
@ApplicationScoped
public class TaxonomyIndex {

    @PersistenceContext(unitName = "intake")
    EntityManager em;

    public boolean isActiveItem(String code) {
        return Optional.ofNullable(em.find(TaxonomyItem.class, code))
                .filter(TaxonomyItem::isActive)
                .filter(item -> !item.toEntry().isCategory())
                .isPresent();
    }

    public List<CategorySuggestion> suggest(String description, int limit) {
        Map<String, List<String>> keywords = new HashMap<>();
        for (Object[] row : em.createQuery("select k.itemCode, k.keyword from TaxonomyKeyword k, TaxonomyItem t "
                + "where t.code = k.itemCode and t.active = true", Object[].class).getResultList()) {
            keywords.computeIfAbsent((String) row[0], k -> new java.util.ArrayList<>()).add((String) row[1]);
        }
        Map<String, String> names = em.createNamedQuery(TaxonomyItem.ACTIVE, TaxonomyItem.class).getResultStream()
                .map(TaxonomyItem::toEntry)
                .collect(Collectors.toMap(e -> e.code(), e -> e.nameZh()));
        return new CategorySuggester(keywords, names).rank(description, limit);
    }

    /** The elements of the item's category, then the item's own. */
    public List<InquiryElementView> inquiryElements(String item) {
        String category = new CategoryCode(item).parent().map(CategoryCode::value).orElse(item);
        return em.createNamedQuery(InquiryElement.FOR_ITEM, InquiryElement.class)
                .setParameter("codes", List.of(category, item))
                .getResultStream()
                .map(InquiryElement::toView)
                .toList();
    }
}
