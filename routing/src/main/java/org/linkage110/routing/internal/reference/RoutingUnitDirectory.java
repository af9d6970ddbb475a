package org.linkage110.routing.internal.reference;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.linkage110.platform.UnitDirectory;
import org.linkage110.routing.internal.LinkageUnit;

/** The platform's view of the linkage units, from routing's table. */
@Stateless
public class RoutingUnitDirectory implements UnitDirectory {

    @PersistenceContext(unitName = "routing")
    EntityManager em;

    @Override
    public Optional<String> activeUnitName(String unitCode) {
        return Optional.ofNullable(unitCode).map(code -> em.find(LinkageUnit.class, code))
                .filter(LinkageUnit::active).map(u -> u.toView().nameZh());
    }
}
