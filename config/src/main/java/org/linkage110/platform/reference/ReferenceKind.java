package org.linkage110.platform.reference;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linkage110.platform.ChangeRefusedException.Refusal;

/**
 * One kind of reference data a module keeps, e.g. routing's linkage units: its fields, its
 * current entries, the rules a change must obey, and how a change is applied to the module's own
 * tables. Implementations are CDI beans of the owning module; changes reach them only through
 * {@link ReferenceRevisions}, which has checked the fields' form (required, length, choices) first.
 */
public interface ReferenceKind {

    /** Separates the values of a key of several fields, e.g. {@code 1:ALL:SIGN_FOR}. */
    String KEY_SEPARATOR = ":";

    /** A stable name, used in the API's paths and the audit trail: {@code linkage-unit}. */
    String name();

    /** The fields of an entry, the key's first. */
    List<ReferenceField> fields();

    /** Every entry as it is now, in a natural order. */
    List<ReferenceEntry> entries();

    /** The entry with this key as it is now. */
    default Optional<ReferenceEntry> entry(String key) {
        return entries().stream().filter(e -> e.key().equals(key)).findFirst();
    }

    /** Whether an entry may be removed (others are switched off by a field instead). */
    default boolean removable() {
        return true;
    }

    /**
     * What is wrong with this change against the data as it is now: {@code values} null removes
     * the entry. Empty when it may be applied.
     */
    List<Refusal> check(String key, Map<String, String> values);

    /** Applies a checked change in the caller's transaction, as of {@code revision}'s moment. */
    void apply(String key, Map<String, String> values, AppliedRevision revision);
}
