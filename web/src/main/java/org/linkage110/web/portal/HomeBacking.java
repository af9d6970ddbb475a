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

    public long unitsInTier(int tier) {
        return getFigures() == null ? 0 : getFigures().unitsPerTier().getOrDefault(Tier.of(tier), 0L);
    }
}
