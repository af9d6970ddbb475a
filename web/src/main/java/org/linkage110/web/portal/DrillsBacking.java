package org.linkage110.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.linkage110.intake.Taxonomy;
import org.linkage110.intake.TaxonomyEntry;
import org.linkage110.supervision.DrillPlan;
import org.linkage110.supervision.SpotCheckView;
import org.linkage110.supervision.SpotChecks;

/**
 * The simulated-alert part of the supervision console: plan a drill against a unit, follow its
 * score while it runs, and close it.
 */
@Named
@ViewScoped
public class DrillsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SpotChecks spotChecks;

    @Inject
    Taxonomy taxonomy;

    @Inject
    RoutingFeedback feedback;

    @Inject
    Messages messages;

    private String drillUnit;
    private String drillScenario;
    private String drillCaller;
    private String drillPhone;
    private String drillAddress;
    private String drillDescription;
    private String drillCategory;

    public List<SpotCheckView> getDrills() {
        return spotChecks.latest(30);
    }

    public int drillScore(SpotCheckView drill) {
        return drill.closed() ? drill.score() : spotChecks.score(drill.id()).score();
    }

    /** The taxonomy's items (not its categories), which a drill's call may be given. */
    public List<TaxonomyEntry> getItems() {
        return taxonomy.entries().stream().filter(e -> e.code().contains("-")).toList();
    }

    public void planDrill() {
        if (feedback.attempt(() -> spotChecks.plan(new DrillPlan(drillUnit, drillScenario, drillCaller, drillPhone,
                drillAddress, drillDescription, drillCategory, null, Map.of())))) {
            messages.info("supervision.drillPlanned");
            drillScenario = null;
            drillDescription = null;
        }
    }

    public void closeDrill(SpotCheckView drill) {
        if (feedback.attempt(() -> spotChecks.close(drill.id(), drill.version(), null))) {
            messages.info("supervision.drillClosed", String.valueOf(drill.incidentId()));
        }
    }

    public String getDrillUnit() {
        return drillUnit;
    }

    public void setDrillUnit(String drillUnit) {
        this.drillUnit = drillUnit;
    }

    public String getDrillScenario() {
        return drillScenario;
    }

    public void setDrillScenario(String drillScenario) {
        this.drillScenario = drillScenario;
    }

    public String getDrillCaller() {
        return drillCaller;
    }

    public void setDrillCaller(String drillCaller) {
        this.drillCaller = drillCaller;
    }

    public String getDrillPhone() {
        return drillPhone;
    }

    public void setDrillPhone(String drillPhone) {
        this.drillPhone = drillPhone;
    }

    public String getDrillAddress() {
        return drillAddress;
    }

    public void setDrillAddress(String drillAddress) {
        this.drillAddress = drillAddress;
    }

    public String getDrillDescription() {
        return drillDescription;
    }

    public void setDrillDescription(String drillDescription) {
        this.drillDescription = drillDescription;
    }

    public String getDrillCategory() {
        return drillCategory;
    }

    public void setDrillCategory(String drillCategory) {
        this.drillCategory = drillCategory;
    }
}
