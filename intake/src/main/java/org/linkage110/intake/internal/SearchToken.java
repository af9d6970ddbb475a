package org.linkage110.intake.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** One pair of consecutive characters of an order's searchable text. */
@Entity
@Table(name = "intake_search_token")
@IdClass(SearchToken.Key.class)
public class SearchToken {

    @Id
    @Column(length = 2)
    private String token;

    @Id
    @Column(name = "incident_id")
    private long incidentId;

    protected SearchToken() {
    }

    SearchToken(String token, long incidentId) {
        this.token = token;
        this.incidentId = incidentId;
    }

    /**
     * The distinct tokens of a text: every two consecutive letters or digits, lower-cased, after
     * spaces and punctuation are removed. A single character yields itself.
     */
    public static Set<String> tokens(String text) {
        String clean = PlaceKey.fold(text);
        Set<String> tokens = new LinkedHashSet<>();
        if (clean.length() == 1) {
            tokens.add(clean);
        }
        for (int i = 0; i + 2 <= clean.length(); i++) {
            String pair = clean.substring(i, i + 2);
            if (Character.isSurrogate(pair.charAt(0)) || Character.isSurrogate(pair.charAt(1))) {
                continue;
            }
            tokens.add(pair);
        }
        return tokens;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String token;
        private long incidentId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.incidentId == incidentId && Objects.equals(k.token, token);
        }

        @Override
        public int hashCode() {
            return Objects.hash(token, incidentId);
        }
    }
}
