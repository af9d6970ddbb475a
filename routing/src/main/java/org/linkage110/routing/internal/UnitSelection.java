package org.linkage110.routing.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.linkage110.domain.HandlingClass;
import org.linkage110.domain.Tier;

/**
 * Which units an order goes to (003, 000): "whoever is in charge is responsible" — the
 * responsibility list names the lead department for the item and its usual co-units — and
 * "territorial first" — the sub-district of the address joins every joint case, and leads when
 * the list names nobody. Tier-3 units support only: they never lead field work.
 */
public final class UnitSelection {

    private UnitSelection() {
    }

    public static UnitChoice choose(HandlingClass handlingClass, String listedLead, List<String> listedCoUnits,
                                    String subDistrict, Function<String, Tier> tierOf) {
        String lead = listedLead != null ? listedLead : subDistrict;
        Set<String> co = new LinkedHashSet<>();
        if (handlingClass == HandlingClass.JOINT_HANDLING) {
            co.addAll(listedCoUnits);
            if (subDistrict != null) {
                co.add(subDistrict);
            }
        }
        if (lead != null && !tierOf.apply(lead).mayLeadFieldWork()) {
            co.add(lead);
            lead = subDistrict != null ? subDistrict
                    : co.stream().filter(unit -> tierOf.apply(unit).mayLeadFieldWork()).findFirst().orElse(null);
        }
        if (lead != null) {
            co.remove(lead);
        }
        return new UnitChoice(lead, List.copyOf(co));
    }
}
