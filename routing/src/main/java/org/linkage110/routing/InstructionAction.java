package org.linkage110.routing;

/**
 * What can be done to an instruction. Each is a use case of its own. Those marked "records only"
 * leave the status as it is (an extension request, a request for more units, the police handover).
 */
public enum InstructionAction {
    SIGN,
    RETURN,
    CONTACT_CALLER,
    ARRIVE,
    REPORT,
    SUBMIT_RESULT,
    CONFIRM,
    REPORT_BACK,
    REOPEN,
    /** records only: 000's town standard, video of the scene pulled */
    PULL_VIDEO,
    /** records only: 000's town standard, the team has left for the scene */
    DEPART,
    /** records only: more time, with reason and the head's sign-off */
    REQUEST_EXTENSION,
    /** records only: 提请联动 */
    REQUEST_MORE_UNITS,
    /** records only: police hand the scene over to the lead unit */
    RECORD_POLICE_HANDOVER
}
