package org.linkage110.routing;

/**
 * The office's queue as a dispatcher works it: orders to assess, orders sent back to assess again,
 * orders in hand (and of those, the ones whose next deadline is near or has passed), orders done.
 */
public enum QueueTab {
    /** Every order, whatever its state. */
    ALL,
    /** 待研判: received and not yet assessed. */
    AWAITING,
    /** 退单待重研判: a unit sent it back; to be assessed again. */
    RETURNED,
    /** 处置中: dispatched and not yet closed. */
    HANDLING,
    /** 即将超时: in hand, the next deadline within the warning window. */
    DUE_SOON,
    /** 已超时: in hand, a deadline passed with its stage not done. */
    OVERDUE,
    /** 已办结: closed, or sent back to 110. */
    CLOSED
}
