package org.linkage110.intake;

/**
 * What became of a delivered incident: a new order, a redelivery of one already received
 * (nothing changed), or a repeat call linked to an open order.
 */
public record IntakeReceipt(long incidentId, long orderId, Outcome outcome, int repeatCount, String categoryCode,
                            boolean categorySuggested) implements java.io.Serializable {

    public enum Outcome {
        CREATED, REDELIVERED, REPEAT_LINKED
    }
}
