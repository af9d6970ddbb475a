package org.linkage110.intake.internal;

import org.linkage110.intake.IntakeProblem;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linkage110.domain.IncidentId;
import org.linkage110.domain.event.IncidentRecorded;
import org.linkage110.domain.event.OrderChanged;
import org.linkage110.intake.CategorySuggestion;
import org.linkage110.intake.FieldProblem;
import org.linkage110.intake.InquiryElementView;
import org.linkage110.intake.IntakeReceipt;
import org.linkage110.intake.InvalidIncidentException;
import org.linkage110.intake.NewIncident;
import org.linkage110.platform.AuditTrail;
import org.linkage110.platform.AuditedChange;

/**
 * Turns one delivered incident into an order or a repeat call, in a transaction of its own that
 * first claims the external number (DeliveryClaim): a concurrent delivery of the same number waits
 * for it and gets null, and the caller answers with the one that won.
 */
@Stateless
public class IntakeDesk {

    @PersistenceContext(unitName = "intake")
    EntityManager em;

    @Inject
    IncidentRepository incidents;

    @Inject
    TaxonomyIndex taxonomy;

    @Inject
    AuditTrail audit;

    @Inject
    Event<IncidentRecorded> recorded;

    /** A repeat call moves its order's repeat count, which the figures count. */
    @Inject
    Event<OrderChanged> orderChanged;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "app.intake.repeat-window")
    Duration repeatWindow;

    /**
     * Opens an order or links a repeat call; null when a concurrent delivery of the same external
     * number took it in first. {@code askedInPortal}: the dispatcher took the call
     * and had the category's required inquiry elements to ask, so they must be answered; another
     * platform's delivery follows that platform's own template.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public IntakeReceipt create(NewIncident in, boolean askedInPortal, String drillPlannedBy, String drillScenario) {
        List<FieldProblem> problems = new ArrayList<>();
        if (askedInPortal && !in.source().takenByHand()) {
            problems.add(IntakeProblem.NOT_TAKEN_BY_HAND.at("source", in.source()));
        }
        String category = in.categoryCode();
        boolean suggested = false;
        if (category != null && !taxonomy.isActiveItem(category)) {
            problems.add(IntakeProblem.UNKNOWN_CATEGORY.at("categoryCode", category));
        } else if (category == null) {
            Optional<CategorySuggestion> best = taxonomy.suggest(in.description(), 1).stream().findFirst();
            category = best.map(CategorySuggestion::itemCode).orElse(null);
            suggested = best.isPresent();
        }
        if (problems.isEmpty() && category != null) {
            problems.addAll(inquiryProblems(category, in.inquiryAnswers(), askedInPortal));
        }
        if (!problems.isEmpty()) {
            throw new InvalidIncidentException(problems);
        }
        if (!DeliveryClaim.take(em, DeliveryClaim.INCIDENT, in.source().name(), in.externalNumber())) {
            return null; // a concurrent delivery of this number took it in: IdempotentDelivery answers from it
        }

        Instant now = clock.instant();
        Optional<Incident> order = category == null || drillScenario != null
                ? Optional.empty()
                : incidents.openOrderRepeatedBy(category, PlaceKey.of(in.address()), in.gridCode(), in.callerPhone(),
                        in.receivedAt().minus(repeatWindow)).flatMap(o -> incidents.lock(o.id()));
        if (order.isPresent()) {
            return linkRepeat(in, category, suggested, now, order.get());
        }
        Incident incident = incidents.add(Incident.receive(in, category, suggested, now, null));
        audit.record(AuditedChange.created("intake.incident.recorded", "incident", incident.id(), incident.toJson()));
        if (drillScenario != null) {
            em.persist(new DrillMarker(incident.id(), drillPlannedBy, drillScenario, now));
            audit.record(AuditedChange.created("intake.drill.planned", "drill", incident.id(), drillScenario));
        }
        recorded.fire(new IncidentRecorded(new IncidentId(incident.id()), incident.source(), in.externalNumber(),
                incident.receivedAt(), in.callerName(), in.callerPhone(), incident.address(), incident.gridCode(),
                in.description(), incident.categoryCode(), new IncidentRecorded.Flags(in.flags().onSceneDispute(),
                in.flags().threatToSafety(), in.flags().utilitiesHazard(), in.flags().needsPoliceFirst()),
                drillScenario != null));
        return new IntakeReceipt(incident.id(), incident.id(), IntakeReceipt.Outcome.CREATED, 0,
                incident.categoryCode(), incident.categorySuggested());
    }

    private IntakeReceipt linkRepeat(NewIncident in, String category, boolean suggested, Instant now, Incident order) {
        String before = order.toJson();
        order.countRepeat(in.receivedAt());
        Incident call = incidents.add(Incident.receive(in, category, suggested, now, order));
        audit.record(AuditedChange.created("intake.call.recorded", "incident", call.id(), call.toJson()));
        audit.record(new AuditedChange("intake.incident.repeat-linked", "incident", String.valueOf(order.id()), before,
                order.toJson()));
        orderChanged.fire(OrderChanged.of(order.id()));
        return new IntakeReceipt(call.id(), order.id(), IntakeReceipt.Outcome.REPEAT_LINKED, order.repeatCount(),
                category, suggested);
    }

    private List<FieldProblem> inquiryProblems(String item, Map<String, String> answers, boolean enforceRequired) {
        List<FieldProblem> problems = new ArrayList<>();
        List<InquiryElementView> elements = taxonomy.inquiryElements(item);
        for (InquiryElementView element : elements) {
            String answer = answers.get(element.code());
            if (enforceRequired && element.required() && (answer == null || answer.isBlank())) {
                problems.add(IntakeProblem.REQUIRED_ELEMENT.at("inquiryAnswers." + element.code(), element.labelZh()));
            }
            FieldProblem problem = element.problemWith("inquiryAnswers." + element.code(), answer);
            if (problem != null) {
                problems.add(problem);
            }
        }
        answers.keySet().stream()
                .filter(code -> elements.stream().noneMatch(e -> e.code().equals(code)))
                .sorted()
                .forEach(code -> problems.add(IntakeProblem.NOT_ELEMENT.at("inquiryAnswers." + code, item)));
        return problems;
    }
}
