package org.linkage110.web.open311;

import org.linkage110.routing.OrderStatus;

/**
 * Open311 knows two statuses, open and closed; the order's own status goes into
 * {@code status_notes} in Chinese and English.
 */
enum Open311Status {
    AWAITING_ASSESSMENT("open", "已受理，待研判 (received, awaiting assessment)"),
    IN_HANDLING("open", "已派单，处置中 (dispatched to the responsible units, in handling)"),
    NEEDS_REASSESSMENT("open", "重新研判中 (returned by a unit, being reassessed)"),
    CLOSED("closed", "已办结 (handled and closed)"),
    SENT_TO_POLICE("closed", "已移交公安机关 (police business, handed to the police)");

    final String open311;
    final String notes;

    Open311Status(String open311, String notes) {
        this.open311 = open311;
        this.notes = notes;
    }

    static Open311Status of(OrderStatus status) {
        return status == null ? AWAITING_ASSESSMENT : valueOf(status.name());
    }
}
