package org.linkage110.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.linkage110.domain.Tier;
import org.linkage110.supervision.Overview;
import org.linkage110.supervision.OverviewFigures;

/** The home page: who is signed in, and for the office the overview figures. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    Overview overview;

    @Inject
    CurrentUser user;

    private OverviewFigures figures;

    public OverviewFigures getFigures() {
        if (figures == null && user.isOffice()) {
            figures = overview.current();
        }
        return figures;
    }

    @jakarta.inject.Inject
    org.linkage110.routing.Instructions instructions;

    @jakarta.inject.Inject
    org.linkage110.supervision.Instruments instruments;

    @jakarta.inject.Inject
    java.time.Clock clock;

    /** A unit's day at a glance: instructions to sign for, overdue, due by the end of today, office documents to answer. */
    public record UnitWork(long toSign, long overdue, long dueToday, long officeRequests) {
    }

    private UnitWork unitWork;

    public UnitWork getUnitWork() {
        if (unitWork == null && !user.isOffice() && user.getUnitCode() != null) {
            java.time.Instant now = clock.instant();
            java.time.Instant endOfDay = java.time.LocalDate.now(clock).plusDays(1).atStartOfDay(clock.getZone()).toInstant();
            var inHand = instructions.mine(org.linkage110.routing.Instructions.IN_HAND, 0, 500);
            long toSign = inHand.stream().filter(i -> i.status() == org.linkage110.routing.InstructionStatus.DISPATCHED).count();
            long overdue = inHand.stream().filter(i -> i.nextDeadline() != null && i.nextDeadline().dueAt().isBefore(now)).count();
            long dueToday = inHand.stream().filter(i -> i.nextDeadline() != null && !i.nextDeadline().dueAt().isBefore(now)
                    && i.nextDeadline().dueAt().isBefore(endOfDay)).count();
            long requests = instruments.mine().stream().filter(i -> !i.closed())
                    .filter(i -> i.recipients().stream().anyMatch(r -> r.answeredAt() == null)).count();
            unitWork = new UnitWork(toSign, overdue, dueToday, requests);
        }
        return unitWork;
    }

    public long unitsInTier(int tier) {
        return getFigures() == null ? 0 : getFigures().unitsPerTier().getOrDefault(Tier.of(tier), 0L);
    }
}
