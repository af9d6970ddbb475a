package org.linkage110.routing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.linkage110.domain.FieldLimits;
import org.linkage110.domain.event.IncidentRecorded;
import org.linkage110.routing.TaskView;

/**
 * The call as the units are sent it: who called, where, what they said, its item, and the flags
 * it was given. Part of {@link RoutingOrder}, in its own columns; it does not change once taken.
 */
@Embeddable
public class OrderCall {

    @Column(name = "caller_name", length = 100)
    private String callerName;

    @Column(name = "caller_phone", length = 30)
    private String callerPhone;

    @Column(nullable = false, length = FieldLimits.ADDRESS)
    private String address;

    @Column(name = "grid_code", length = 50)
    private String gridCode;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String description;

    @Column(name = "item_code", length = 6)
    private String itemCode;

    @Column(name = "on_scene_dispute")
    private boolean onSceneDispute;

    @Column(name = "threat_to_safety")
    private boolean threatToSafety;

    @Column(name = "utilities_hazard")
    private boolean utilitiesHazard;

    @Column(name = "needs_police_first")
    private boolean needsPoliceFirst;

    protected OrderCall() {
    }

    static OrderCall of(IncidentRecorded recorded) {
        OrderCall call = new OrderCall();
        call.callerName = recorded.callerName();
        call.callerPhone = recorded.callerPhone();
        call.address = recorded.address();
        call.gridCode = recorded.gridCode();
        call.description = recorded.description();
        call.itemCode = recorded.categoryCode();
        call.onSceneDispute = recorded.flags().onSceneDispute();
        call.threatToSafety = recorded.flags().threatToSafety();
        call.utilitiesHazard = recorded.flags().utilitiesHazard();
        call.needsPoliceFirst = recorded.flags().needsPoliceFirst();
        return call;
    }

    /** The flags the call was given (not those read from its description). */
    IncidentRecorded.Flags givenFlags() {
        return new IncidentRecorded.Flags(onSceneDispute, threatToSafety, utilitiesHazard, needsPoliceFirst);
    }

    TaskView task(Instant receivedAt) {
        return new TaskView(receivedAt, callerName, callerPhone, address, itemCode, description);
    }

    String address() {
        return address;
    }

    String gridCode() {
        return gridCode;
    }

    String itemCode() {
        return itemCode;
    }
}
