package org.linkage110.domain.calendar;

/**
 * A stage of handling an instruction that has a deadline (003's table, 000's town standard), and
 * the moment its clock starts: the dispatch, or the unit's signing for it.
 */
public enum Stage {
    SIGN_FOR(Anchor.DISPATCH),
    CALLER_CONTACT(Anchor.SIGNING),
    VIDEO_PULL(Anchor.SIGNING),
    DEPART(Anchor.SIGNING),
    ARRIVE(Anchor.SIGNING),
    FIRST_REPORT(Anchor.DISPATCH),
    RESULT(Anchor.DISPATCH);

    public enum Anchor {
        DISPATCH, SIGNING
    }

    private final Anchor anchor;

    Stage(Anchor anchor) {
        this.anchor = anchor;
    }

    public Anchor anchor() {
        return anchor;
    }
}
