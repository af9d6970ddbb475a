package org.linkage110.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.linkage110.routing.LinkageUnitView;
import org.linkage110.routing.LinkageUnits;

/** The linkage units page (office) and the my-unit page (unit operators). */
@Named
@RequestScoped
public class UnitsBacking {

    @Inject
    LinkageUnits units;

    @Inject
    CurrentUser user;

    private List<LinkageUnitView> all;

    public List<LinkageUnitView> getAll() {
        if (all == null) {
            all = units.all();
        }
        return all;
    }

    /** Forgets the units read, so that the page shows a change made in this request. */
    public void reload() {
        all = null;
    }

    public Optional<LinkageUnitView> myUnit() {
        String code = user.getUnitCode();
        return code == null ? Optional.empty() : getAll().stream().filter(u -> u.code().equals(code)).findFirst();
    }

    public LinkageUnitView getMine() {
        return myUnit().orElse(null);
    }
}
