package org.linkage110.domain;

import java.util.Arrays;

/**
 * Linkage unit tier (003). The duty regime follows from the tier; only tier-1 units keep a
 * 24-hour post and the 5-minute caller-contact duty, tier-3 units never lead field work.
 */
public enum Tier {
    /** 四定: fixed post, team, vehicle and duties; 24 h on duty. */
    TIER_1(1, true, true),
    /** 三定: fixed staff, contact method and duties. */
    TIER_2(2, false, true),
    /** 三到位: support only, no field work. */
    TIER_3(3, false, false);

    private final int number;
    private final boolean roundTheClockDuty;
    private final boolean mayLeadFieldWork;

    Tier(int number, boolean roundTheClockDuty, boolean mayLeadFieldWork) {
        this.number = number;
        this.roundTheClockDuty = roundTheClockDuty;
        this.mayLeadFieldWork = mayLeadFieldWork;
    }

    public int number() {
        return number;
    }

    public boolean roundTheClockDuty() {
        return roundTheClockDuty;
    }

    public boolean mayLeadFieldWork() {
        return mayLeadFieldWork;
    }

    public static Tier of(int number) {
        return Arrays.stream(values())
                .filter(tier -> tier.number == number)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no tier " + number));
    }
}
