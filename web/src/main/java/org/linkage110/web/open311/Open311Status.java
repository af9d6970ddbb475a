package org.linkage110.web.open311;

import org.linkage110.routing.OrderStatus;

/**
 * Open311 knows two statuses, open and closed; the order's own status goes into
 * {@code status_notes} in Chinese and English.
 */
enum Open311Status {
    RECEIVED("open", "已受理 (received)"),
    AWAITING_ASSESSMENT("open", "已受理，待研判 (received, awaiting assessment)"),
    DISPATCHED("open", "已派单，待签收 (dispatched to the responsible units)"),
    DIVERTED_TO_12345("open", "已转12345热线办理 (passed to the 12345 hotline)"),
    IN_HANDLING("open", "已派单，处置中 (dispatched to the responsible units, in handling)"),
    NEEDS_REASSESSMENT("open", "重新研判中 (returned by a unit, being reassessed)"),
    RESULTS_IN("open", "已处置，待确认 (handled, the result being checked)"),
    REOPENED("open", "回访未解决，重新处置 (reopened after a callback, handled again)"),
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
