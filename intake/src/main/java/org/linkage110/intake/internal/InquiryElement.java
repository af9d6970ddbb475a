package org.linkage110.intake.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import org.linkage110.intake.InquiryElementView;

/** An inquiry element as the office keeps it; applies to a whole category or to one item. */
@Entity
@Table(name = "intake_inquiry_element")
@IdClass(InquiryElement.Key.class)
@NamedQuery(name = InquiryElement.FOR_ITEM,
        query = "select e from InquiryElement e where e.appliesTo in :codes order by e.position")
public class InquiryElement {

    static final String FOR_ITEM = "InquiryElement.forItem";

    @Id
    @Column(name = "applies_to", length = 6)
    private String appliesTo;

    @Id
    @Column(length = 40)
    private String code;

    @Version
    private long version;

    @Column(name = "label_zh", nullable = false, length = 100)
    private String labelZh;

    @Column(name = "label_en", nullable = false, length = 150)
    private String labelEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private InquiryElementView.Datatype datatype;

    @Column(nullable = false)
    private boolean required;

    @Column(nullable = false, length = 500)
    private String choices;

    @Column(nullable = false)
    private int position;

    protected InquiryElement() {
    }

    InquiryElementView toView() {
        return new InquiryElementView(code, labelZh, labelEn, datatype, required,
                choices.isBlank() ? java.util.List.of() : Arrays.asList(choices.split("\\|")));
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String appliesTo;
        private String code;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.appliesTo, appliesTo) && Objects.equals(k.code, code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(appliesTo, code);
        }
    }
}
