package org.linkage110.web.portal;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linkage110.domain.IncidentSource;
import org.linkage110.intake.CategorySuggestion;
import org.linkage110.intake.Drills;
import org.linkage110.intake.FieldProblem;
import org.linkage110.intake.IntakeProblem;
import org.linkage110.intake.IncidentFlags;
import org.linkage110.intake.Incidents;
import org.linkage110.intake.InquiryElementView;
import org.linkage110.intake.IntakeReceipt;
import org.linkage110.intake.InvalidIncidentException;
import org.linkage110.intake.NewIncident;
import org.linkage110.intake.Taxonomy;
import org.linkage110.intake.TaxonomyEntry;

/**
 * Manual intake: a dispatcher takes a call (or a three-way call with 110 and 12345) and types it
 * in. The category's inquiry elements appear as fields; a suggestion from the description helps
 * choose the category. A supervisor may mark the entry as a drill.
 */
@Named
@ViewScoped
public class IntakeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Incidents incidents;

    @Inject
    Drills drills;

    @Inject
    Taxonomy taxonomy;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private IncidentSource source = IncidentSource.PORTAL;
    private String callerName;
    private String callerPhone;
    private String address;
    private String description;
    private String categoryCode;
    private LocalDateTime receivedAt;
    private boolean onSceneDispute;
    private boolean threatToSafety;
    private boolean utilitiesHazard;
    private boolean needsPoliceFirst;
    private boolean drill;
    private String drillScenario;
    private final Map<String, String> answers = new HashMap<>();
    private List<CategorySuggestion> suggestions = List.of();
    private List<InquiryElementView> elements = List.of();
    private List<SelectItem> categoryItems;

    public void suggest() {
        suggestions = taxonomy.suggest(description, 5);
        if (suggestions.isEmpty()) {
            messages.info("intake.noSuggestion");
        }
    }

    public void choose(String itemCode) {
        categoryCode = itemCode;
        categoryChanged();
    }

    public void categoryChanged() {
        elements = categoryCode == null || categoryCode.isBlank() ? List.of() : taxonomy.inquiryElements(categoryCode);
        answers.keySet().retainAll(elements.stream().map(InquiryElementView::code).toList());
    }

    public void save() throws IOException {
        Instant received = receivedAt == null ? clock.instant() : receivedAt.atZone(clock.getZone()).toInstant();
        Map<String, String> given = new LinkedHashMap<>();
        answers.forEach((code, value) -> {
            if (value != null && !value.isBlank()) {
                given.put(code, value.strip());
            }
        });
        NewIncident incident = new NewIncident(source, null, received, blankToNull(callerName),
                blankToNull(callerPhone), address, null, description, blankToNull(categoryCode),
                new IncidentFlags(onSceneDispute, threatToSafety, utilitiesHazard, needsPoliceFirst), given);
        try {
            IntakeReceipt receipt = drill ? drills.plan(incident, drillScenario) : incidents.takeCall(incident);
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            messages.info(receipt.outcome() == IntakeReceipt.Outcome.REPEAT_LINKED ? "intake.savedAsRepeat" : "intake.saved");
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/app/incident.xhtml?id=" + receipt.orderId());
        } catch (InvalidIncidentException e) {
            for (FieldProblem problem : e.problems()) {
                String text = IntakeProblem.REQUIRED_ELEMENT.name().equals(problem.code())
                        ? messages.text("intake.requiredAnswer", "required") : messages.problem(problem);
                messages.errorText(label(problem.field()) + messages.separator() + text);
            }
        } catch (EJBAccessException e) {
            messages.error("error.forbidden");
        } catch (EJBException e) {
            if (e.getCause() instanceof ConstraintViolationException violations) {
                violations.getConstraintViolations().forEach(v -> messages.errorText(
                        messages.violation(v, label(v.getPropertyPath().toString().replaceAll(".*\\.", "")))));
            } else {
                throw e;
            }
        }
    }

    @Inject
    LanguageBacking language;

    private String label(String field) {
        if (field.startsWith("inquiryAnswers.")) {
            String code = field.substring("inquiryAnswers.".length());
            return elements.stream().filter(e -> e.code().equals(code))
                    .map(e -> language.isEnglish() && e.labelEn() != null ? e.labelEn() : e.labelZh()).findFirst()
                    .orElse(code);
        }
        return messages.text("field." + field, field);
    }

    /** Items grouped by their category, for the category menu. */
    public List<SelectItem> getCategoryItems() {
        if (categoryItems == null) {
            categoryItems = new ArrayList<>();
            List<TaxonomyEntry> entries = taxonomy.entries();
            for (TaxonomyEntry category : entries.stream().filter(TaxonomyEntry::isCategory).toList()) {
                SelectItemGroup group = new SelectItemGroup(category.nameZh());
                group.setSelectItems(entries.stream().filter(e -> category.code().equals(e.parentCode()))
                        .map(e -> new SelectItem(e.code(), e.code() + " " + e.nameZh())).toArray(SelectItem[]::new));
                categoryItems.add(group);
            }
        }
        return categoryItems;
    }

    /** Matched words as the dispatcher reads them: 井盖、窨井. */
    public String joined(List<String> words) {
        return String.join("、", words);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public List<CategorySuggestion> getSuggestions() {
        return suggestions;
    }

    public List<InquiryElementView> getElements() {
        return elements;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public IncidentSource getSource() {
        return source;
    }

    public void setSource(IncidentSource source) {
        this.source = source;
    }

    /** The sources a call taken by hand may name (not Open311, whose requests arrive through its API). */
    public java.util.List<IncidentSource> getSources() {
        return IncidentSource.takenByHandSources();
    }

    public String getCallerName() {
        return callerName;
    }

    public void setCallerName(String callerName) {
        this.callerName = callerName;
    }

    public String getCallerPhone() {
        return callerPhone;
    }

    public void setCallerPhone(String callerPhone) {
        this.callerPhone = callerPhone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

    public boolean isOnSceneDispute() {
        return onSceneDispute;
    }

    public void setOnSceneDispute(boolean onSceneDispute) {
        this.onSceneDispute = onSceneDispute;
    }

    public boolean isThreatToSafety() {
        return threatToSafety;
    }

    public void setThreatToSafety(boolean threatToSafety) {
        this.threatToSafety = threatToSafety;
    }

    public boolean isUtilitiesHazard() {
        return utilitiesHazard;
    }

    public void setUtilitiesHazard(boolean utilitiesHazard) {
        this.utilitiesHazard = utilitiesHazard;
    }

    public boolean isNeedsPoliceFirst() {
        return needsPoliceFirst;
    }

    public void setNeedsPoliceFirst(boolean needsPoliceFirst) {
        this.needsPoliceFirst = needsPoliceFirst;
    }

    public boolean isDrill() {
        return drill;
    }

    public void setDrill(boolean drill) {
        this.drill = drill;
    }

    public String getDrillScenario() {
        return drillScenario;
    }

    public void setDrillScenario(String drillScenario) {
        this.drillScenario = drillScenario;
    }
}
