package org.linkage110.web.portal;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.linkage110.domain.IncidentId;
import org.linkage110.domain.Role;
import org.linkage110.intake.Drills;
import org.linkage110.intake.IncidentSummary;
import org.linkage110.intake.Incidents;
import org.linkage110.intake.InquiryElementView;
import org.linkage110.intake.Taxonomy;
import org.linkage110.platform.AuditRecord;
import org.linkage110.platform.AuditTrail;
import org.linkage110.platform.Jsons;

/** One incident: what was received, its repeat calls, and the timeline of everything done to it. */
@Named
@jakarta.faces.view.ViewScoped
public class IncidentBacking implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Incidents incidents;

    @Inject
    Taxonomy taxonomy;

    @Inject
    AuditTrail audit;

    @Inject
    Drills drills;

    @Inject
    jakarta.security.enterprise.SecurityContext security;

    private Long id;
    private transient Optional<IncidentSummary> incident;
    private transient List<IncidentSummary> repeats;

    public Optional<IncidentSummary> incident() {
        if (incident == null) {
            incident = id == null || id <= 0 ? Optional.empty() : incidents.find(new IncidentId(id));
        }
        return incident;
    }

    public IncidentSummary getIncident() {
        return incident().orElse(null);
    }

    public List<IncidentSummary> getRepeats() {
        if (repeats == null) {
            repeats = incident().map(i -> incidents.repeatsOf(new IncidentId(i.id()))).orElse(List.of());
        }
        return repeats;
    }

    @Inject
    org.linkage110.routing.Orders orders;

    @Inject
    org.linkage110.supervision.EscalationLadder ladder;

    @Inject
    org.linkage110.supervision.Callbacks callbacks;

    /** The steps of the escalation ladder the order reached. */
    public List<org.linkage110.supervision.EscalationView> getEscalations() {
        return incident().map(i -> ladder.of(i.id())).orElse(List.of());
    }

    /** The order's callback rechecks (the office's dispatchers and supervisors). */
    public List<org.linkage110.supervision.CallbackView> getCallbacks() {
        boolean may = security.isCallerInRole(Role.Names.SUPERVISOR) || security.isCallerInRole(Role.Names.DISPATCHER);
        return may ? incident().map(i -> callbacks.ofOrder(i.id())).orElse(List.of()) : List.of();
    }

    /**
     * Every audited change of the order, of its repeat calls, of its assessment and of every
     * instruction of every unit, oldest first.
     */
    public List<AuditRecord> getTimeline() {
        List<AuditRecord> timeline = new ArrayList<>();
        incident().ifPresent(i -> {
            timeline.addAll(audit.history("incident", String.valueOf(i.id())));
            getRepeats().forEach(r -> timeline.addAll(audit.history("incident", String.valueOf(r.id()))));
            timeline.addAll(audit.history("order", String.valueOf(i.id())));
            orders.instructionsOf(i.id()).forEach(instruction ->
                    timeline.addAll(audit.history("instruction", String.valueOf(instruction.id()))));
        });
        timeline.sort(Comparator.comparing(AuditRecord::at).thenComparing(AuditRecord::sequence));
        return timeline;
    }

    private static final List<String> SAID = List.of("overrideReason", "policeDispatchReason", "reason", "returnReason", "text", "result",
            "reopenReason", "decisionNote", "unit");

    /** What people said in a step (a reason, a result, a note) and to which unit, from its recorded state. */
    public String said(AuditRecord event) {
        boolean said = event.action().startsWith("routing.") || event.action().startsWith("supervision.");
        if (event.after() == null || !event.after().startsWith("{") || !said) {
            return "";
        }
        jakarta.json.JsonObject after = org.linkage110.platform.Jsons.createReader(new java.io.StringReader(event.after())).readObject();
        List<String> parts = new ArrayList<>();
        for (String key : SAID) {
            if (after.containsKey(key) && after.get(key).getValueType() == jakarta.json.JsonValue.ValueType.STRING) {
                String value = after.getString(key);
                parts.add("unit".equals(key) ? unitNames.of(value) : value);
            }
        }
        return String.join("；", parts);
    }

    public List<InquiryElementView> getElements() {
        return incident().filter(i -> i.categoryCode() != null)
                .map(i -> taxonomy.inquiryElements(i.categoryCode())).orElse(List.of());
    }

    public String categoryName() {
        return incident().map(IncidentSummary::categoryCode).flatMap(code -> taxonomy.entries().stream()
                .filter(e -> e.code().equals(code)).findFirst())
                .map(e -> language.isEnglish() && e.nameEn() != null && !e.nameEn().isBlank() ? e.nameEn() : e.nameZh())
                .orElse("");
    }

    @Inject
    UnitNames unitNames;

    @Inject
    LanguageBacking language;

    @Inject
    Messages messages;

    /** The sub-district by name, with the grid code; a dash when the address named none. */
    public String placeName() {
        return incident().filter(i -> i.subDistrict() != null).map(i -> unitNames.of(i.subDistrict())
                + (i.gridCode() == null ? "" : "（" + i.gridCode() + "）")).orElse("—");
    }

    /** An answer as people read it: 是/否 for yes-no questions, a dash when it was not asked. */
    public String answer(InquiryElementView element) {
        String value = incident().map(i -> i.inquiryAnswers().get(element.code())).orElse(null);
        if (value == null || value.isBlank()) {
            return messages.text("incident.notAsked", "—");
        }
        if (element.datatype() == InquiryElementView.Datatype.BOOLEAN) {
            return messages.text("true".equals(value) ? "answer.yes" : "answer.no", value);
        }
        return value;
    }

    /** Only a supervisor learns that this is a drill. */
    public String getDrillScenario() {
        if (!security.isCallerInRole(Role.Names.SUPERVISOR)) {
            return null;
        }
        return incident().flatMap(i -> drills.scenarioOf(new IncidentId(i.id()))).orElse(null);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
        this.incident = null;
        this.repeats = null;
    }
}
