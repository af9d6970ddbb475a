package org.linkage110.routing.internal;

import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.linkage110.domain.DispatchMode;
import org.linkage110.domain.HandlingClass;
import org.linkage110.domain.InstructionLevel;
import org.linkage110.routing.DispatchDecision;

/**
 * The office's last decision on an order: its class, level and mode, the lead and co-units, who
 * decided and when, and the reasons it gave for departing from the proposal or for dispatching a
 * call suspected of being police business. Part of {@link RoutingOrder}, in its own columns; empty
 * until the first decision.
 */
@Embeddable
public class OfficeDecision {

    @Enumerated(EnumType.STRING)
    @Column(name = "handling_class", length = 20)
    private HandlingClass handlingClass;

    private Integer level;

    @Enumerated(EnumType.STRING)
    @Column(name = "dispatch_mode", length = 20)
    private DispatchMode dispatchMode;

    @Column(name = "lead_unit", length = 40)
    private String leadUnit;

    @Column(name = "co_units", nullable = false, length = 500)
    private String coUnits = "";

    private boolean overridden;

    @Column(name = "override_reason", columnDefinition = "TEXT")
    private String overrideReason;

    @Column(name = "police_dispatch_reason", columnDefinition = "TEXT")
    private String policeDispatchReason;

    @Column(name = "assessed_by", length = 100)
    private String assessedBy;

    @Column(name = "assessed_at")
    private Instant assessedAt;

    /** No decision yet. */
    OfficeDecision() {
    }

    /** Takes the decision; its reason is kept as the override's, the police dispatch's, or both. */
    void take(DispatchDecision decision, boolean override, boolean suspectedPolice, String by, Instant at) {
        handlingClass = decision.handlingClass();
        level = decision.level().number();
        dispatchMode = decision.dispatchMode();
        leadUnit = decision.leadUnit();
        coUnits = String.join(",", decision.coUnits());
        overridden = override;
        overrideReason = override ? decision.reason() : null;
        policeDispatchReason = suspectedPolice ? decision.reason() : null;
        assessedBy = by;
        assessedAt = at;
    }

    HandlingClass handlingClass() {
        return handlingClass;
    }

    /** The level as stored: null before the first decision. */
    Integer levelNumber() {
        return level;
    }

    InstructionLevel level() {
        return level == null ? null : InstructionLevel.of(level);
    }

    DispatchMode dispatchMode() {
        return dispatchMode;
    }

    String leadUnit() {
        return leadUnit;
    }

    List<String> coUnits() {
        return coUnits.isEmpty() ? List.of() : Arrays.asList(coUnits.split(","));
    }

    boolean overridden() {
        return overridden;
    }

    String overrideReason() {
        return overrideReason;
    }

    String policeDispatchReason() {
        return policeDispatchReason;
    }

    String assessedBy() {
        return assessedBy;
    }

    Instant assessedAt() {
        return assessedAt;
    }

    /** The decision's part of the order's audited state (beside the proposal's and the rounds'). */
    void addTo(JsonObjectBuilder json) {
        json.add("overridden", overridden);
        if (handlingClass != null) {
            json.add("handlingClass", handlingClass.name()).add("level", level).add("dispatchMode", dispatchMode.name())
                    .add("leadUnit", leadUnit == null ? "" : leadUnit).add("coUnits", coUnits);
        }
        if (overrideReason != null) {
            json.add("overrideReason", overrideReason);
        }
    }
}
