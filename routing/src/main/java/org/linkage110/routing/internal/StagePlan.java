package org.linkage110.routing.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.linkage110.domain.Tier;
import org.linkage110.domain.calendar.Stage;
import org.linkage110.routing.Channel;
import org.linkage110.routing.UnitRole;

/**
 * Which of the configured stages bind an instruction. Contacting the caller is the lead unit's
 * duty (003: tier-1 lead units within 5 minutes; 000: the town's lead team). Field stages bind
 * only units that go to the scene: not tier-3 units (support only) and not 12345, which hands
 * the order on in its own workflow.
 */
public final class StagePlan {

    private static final Set<Stage> FIELD = EnumSet.of(Stage.CALLER_CONTACT, Stage.VIDEO_PULL, Stage.DEPART, Stage.ARRIVE);

    private StagePlan() {
    }

    public static boolean binds(Stage stage, UnitRole role, Tier tier, String unitClass, Channel channel) {
        if (FIELD.contains(stage) && (channel == Channel.HOTLINE_12345 || !tier.mayLeadFieldWork())) {
            return false;
        }
        if (stage == Stage.CALLER_CONTACT) {
            return role == UnitRole.LEAD && (tier == Tier.TIER_1 || "TOWN".equals(unitClass));
        }
        return true;
    }

    /** The schedule reduced to the stages that bind this instruction. */
    public static <T> Map<Stage, T> bindingOnly(Map<Stage, T> schedule, UnitRole role, Tier tier, String unitClass,
                                                Channel channel) {
        schedule.keySet().removeIf(stage -> !binds(stage, role, tier, unitClass, channel));
        return schedule;
    }
}
