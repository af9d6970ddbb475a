package org.linkage110.supervision;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linkage110.domain.Role;
import org.linkage110.routing.LinkageUnits;
import org.linkage110.routing.RoutingRefusedException;

/** The units' assessment scores (考核) over a period, with the weights the office keeps as data. */
@Stateless
@DeclareRoles({Role.Names.SUPERVISOR, Role.Names.ADMIN, Role.Names.DISPATCHER})
public class Assessments {

    @PersistenceContext(unitName = "supervision")
    EntityManager em;

    @Inject
    Figures figures;

    @Inject
    LinkageUnits units;

    /** Figure code → weight, as the office keeps them. */
    @PermitAll
    public Map<String, Integer> weights() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("SELECT figure_code, weight FROM supervision_assessment_weight "
                + "ORDER BY weight DESC, figure_code").getResultList()) {
            Object[] r = (Object[]) row;
            weights.put((String) r[0], ((Number) r[1]).intValue());
        }
        return weights;
    }

    /** Every unit's score over the period, best first (office). */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN, Role.Names.DISPATCHER})
    public List<AssessmentScore.UnitScore> scores(FigureQuery period) {
        if (period == null || period.from() == null || period.to() == null || period.to().isBefore(period.from())) {
            throw RoutingRefusedException.of("from", SupervisionProblem.PERIOD);
        }
        return scoresOf(period);
    }

    /** The same, for reports issued without a caller. */
    @PermitAll
    public List<AssessmentScore.UnitScore> scoresOf(FigureQuery period) {
        Map<String, FigureSet> byUnit = figures.byOf(period, "unit_code");
        byUnit.remove("");
        return AssessmentScore.rank(byUnit, weights(), units.namesZh());
    }
}
