package org.linkage110.supervision;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linkage110.domain.Role;
import org.linkage110.intake.FieldProblem;
import org.linkage110.platform.AuditTrail;
import org.linkage110.platform.AuditedChange;
import org.linkage110.platform.JobLeases;
import org.linkage110.platform.Jsons;
import org.linkage110.routing.ClosedOrder;
import org.linkage110.routing.IllegalMoveException;
import org.linkage110.routing.NotFoundInRoutingException;
import org.linkage110.routing.OrderWatch;
import org.linkage110.routing.RoutingRefusedException;
import org.linkage110.supervision.internal.Callback;
import org.linkage110.supervision.internal.Callers;
import org.linkage110.supervision.internal.Sample;
import org.linkage110.supervision.internal.SampleItem;
import org.linkage110.supervision.internal.Sampler;
import org.linkage110.supervision.internal.SpotCheck;

/**
 * Daily sampling (每日警单抽检): each day at the configured time a random sample of the previous
 * day's closed orders (size and stratification configured; the seed recorded so the draw can be
 * reproduced), plus every order a failed callback flagged; drills are never drawn. Each drawn
 * order is reviewed against the checklist; a defect sends the unit a rectification request,
 * tracked until the unit answers and the office accepts ({@link Rectifications}).
 */
@Stateless
@DeclareRoles({Role.Names.SUPERVISOR, Role.Names.UNIT_OPERATOR})
public class Sampling {

    private static final Logger LOG = Logger.getLogger(Sampling.class.getName());
    private static final SecureRandom SEEDS = new SecureRandom();

    @PersistenceContext(unitName = "supervision")
    EntityManager em;

    @Inject
    OrderWatch orders;

    @Inject
    AuditTrail audit;

    @Inject
    Callers callers;

    @Inject
    Rectifications rectifications;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "app.sampling.time", defaultValue = "08:30")
    String time;

    @Inject
    @ConfigProperty(name = "app.sampling.size", defaultValue = "10")
    int defaultSize;

    @Inject
    @ConfigProperty(name = "app.sampling.stratify", defaultValue = "UNIT")
    String defaultStratify;

    @Inject
    @ConfigProperty(name = "app.watch.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    JobLeases leases;

    @Resource
    SessionContext session;

    @Schedule(minute = "*/10", hour = "*", persistent = false, info = "daily sampling")
    public void scheduled() {
        if (!enabled || !leases.take("daily-sampling", Duration.ofMinutes(5))) {
            return; // off, or another server of the cluster runs this round
        }
        ZoneId zone = clock.getZone();
        var now = clock.instant().atZone(zone);
        if (now.toLocalTime().isBefore(LocalTime.parse(time))) {
            return;
        }
        LocalDate yesterday = now.toLocalDate().minusDays(1);
        if (sampleOf(yesterday).isEmpty()) {
            try {
                draw(yesterday, SEEDS.nextLong(), defaultSize, Stratify.valueOf(defaultStratify));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "daily sampling of " + yesterday + " failed; it is tried again", e);
            }
        }
    }

    /** A supervisor draws a day by hand (a day the schedule missed, or with another size). */
    @RolesAllowed(Role.Names.SUPERVISOR)
    public SampleView drawDay(LocalDate day, Integer size, Stratify stratify) {
        if (day == null || !day.isBefore(clock.instant().atZone(clock.getZone()).toLocalDate().plusDays(1))) {
            throw RoutingRefusedException.of("day", SupervisionProblem.DAY_BEGUN);
        }
        if (sampleOf(day).isPresent()) {
            throw IllegalMoveException.illegal("the sample of " + day + " was drawn already");
        }
        int n = size == null ? defaultSize : size;
        if (n < 1 || n > 1000) {
            throw RoutingRefusedException.of("size", SupervisionProblem.BETWEEN, 1, 1000);
        }
        return draw(day, SEEDS.nextLong(), n, stratify == null ? Stratify.valueOf(defaultStratify) : stratify);
    }

    /** Draws the sample of a day with this seed and records it. */
    @PermitAll
    public SampleView draw(LocalDate day, long seed, int size, Stratify stratify) {
        List<ClosedOrder> closed = closedOn(day);
        List<Callback> flagged = em.createNamedQuery(Callback.FLAGGED, Callback.class).getResultList();
        Map<Long, Callback> flaggedById = flagged.stream().collect(Collectors.toMap(Callback::incidentId, c -> c,
                (a, b) -> a));
        List<Long> ids = Sampler.draw(candidates(closed), flaggedById.keySet(), size, stratify, seed);
        Instant now = clock.instant();
        Sample sample = new Sample(day, seed, size, stratify, closed.size(), callers.name(session.getCallerPrincipal()), now);
        em.persist(sample);
        em.flush();
        Map<Long, ClosedOrder> byId = closed.stream().collect(Collectors.toMap(ClosedOrder::incidentId, o -> o));
        for (long id : ids) {
            Callback callback = flaggedById.get(id);
            ClosedOrder order = byId.get(id);
            em.persist(new SampleItem(sample.id(), id, order != null ? order.leadUnit() : callback.unitCode(),
                    order != null ? order.itemCode() : callback.itemCode(), callback != null));
            if (callback != null) {
                callback.sampledIn(sample.id());
            }
        }
        audit.record(AuditedChange.created("supervision.sample.drawn", "sample", sample.id(),
                Jsons.createObjectBuilder().add("day", day.toString()).add("seed", seed).add("size", size)
                        .add("stratify", stratify.name()).add("drawn", ids.size()).build().toString()));
        em.flush();
        return sample.toView();
    }

    /** The draw again from the recorded seed over the day's closed orders, to check a sample. */
    @RolesAllowed(Role.Names.SUPERVISOR)
    public List<Long> redraw(long sampleId) {
        Sample sample = sample(sampleId);
        Set<Long> flagged = items(sampleId).stream().filter(SampleItemView::flagged).map(SampleItemView::incidentId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return Sampler.draw(candidates(closedOn(sample.day())), flagged, sample.size(), sample.stratify(), sample.seed());
    }

    private List<ClosedOrder> closedOn(LocalDate day) {
        ZoneId zone = clock.getZone();
        Set<Long> drills = new java.util.HashSet<>(em.createQuery("select s.incidentId from SpotCheck s", Long.class)
                .getResultList());
        return orders.closedBetween(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant())
                .stream().filter(o -> !drills.contains(o.incidentId())).toList();
    }

    private static List<Sampler.Candidate> candidates(List<ClosedOrder> closed) {
        return closed.stream().map(o -> new Sampler.Candidate(o.incidentId(), o.leadUnit(), o.itemCode())).toList();
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public List<SampleView> latest(int max) {
        return em.createNamedQuery(Sample.LATEST, Sample.class).setMaxResults(max).getResultStream()
                .map(Sample::toView).toList();
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public List<SampleItemView> items(long sampleId) {
        return em.createNamedQuery(SampleItem.OF_SAMPLE, SampleItem.class).setParameter("sample", sampleId)
                .getResultStream().map(SampleItem::toView).toList();
    }

    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.UNIT_OPERATOR})
    public List<ChecklistItem> checklist() {
        List<?> rows = em.createNativeQuery("SELECT code, label_zh, label_en FROM supervision_checklist_item "
                + "WHERE active = TRUE ORDER BY position").getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new ChecklistItem((String) r[0], (String) r[1], (String) r[2])).toList();
    }

    /**
     * The review of a drawn order: every checklist point met or not. Anything not met sends the
     * unit a rectification request naming those points, due within the configured time.
     */
    @RolesAllowed(Role.Names.SUPERVISOR)
    public SampleItemView review(long itemId, long version, Map<String, Boolean> findings, String note) {
        SampleItem item = em.find(SampleItem.class, itemId);
        if (item == null) {
            throw new NotFoundInRoutingException("sample item", itemId);
        }
        RoutingRefusedException.requireWithinTextLimit("note", note);
        if (item.version() != version) {
            throw IllegalMoveException.staleVersion(version, item.version());
        }
        if (item.reviewed()) {
            throw IllegalMoveException.illegal("reviewed already");
        }
        List<ChecklistItem> points = checklist();
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Boolean> given = findings == null ? Map.of() : findings;
        points.stream().filter(p -> given.get(p.code()) == null)
                .forEach(p -> problems.add(SupervisionProblem.MET_OR_NOT.at("findings." + p.code(), p.labelZh())));
        given.keySet().stream().filter(code -> points.stream().noneMatch(p -> p.code().equals(code)))
                .forEach(code -> problems.add(SupervisionProblem.NOT_CHECKLIST.at("findings." + code)));
        List<ChecklistItem> failed = points.stream().filter(p -> Boolean.FALSE.equals(given.get(p.code()))).toList();
        if (!failed.isEmpty() && (note == null || note.isBlank())) {
            problems.add(SupervisionProblem.WHAT_IS_WRONG.at("note"));
        }
        if (!problems.isEmpty()) {
            throw new RoutingRefusedException(problems);
        }
        JsonObjectBuilder json = Jsons.createObjectBuilder();
        points.forEach(p -> json.add(p.code(), given.get(p.code())));
        String before = item.toJson();
        Instant now = clock.instant();
        String by = callers.name(session.getCallerPrincipal());
        item.review(json.build().toString(), !failed.isEmpty(), note == null ? null : note.strip(), by, now);
        audit.record(new AuditedChange("supervision.sample.reviewed", "order", String.valueOf(item.incidentId()), before,
                item.toJson()));
        if (!failed.isEmpty() && item.unitCode() != null) {
            rectifications.request(item.id(), item.incidentId(), item.unitCode(), "抽检发现：" + failed.stream()
                    .map(ChecklistItem::labelZh).collect(Collectors.joining("、")) + "未落实。" + note.strip(), by, now);
        }
        em.flush();
        return item.toView();
    }

    private Sample sample(long id) {
        Sample sample = em.find(Sample.class, id);
        if (sample == null) {
            throw new NotFoundInRoutingException("sample", id);
        }
        return sample;
    }

    private Optional<Sample> sampleOf(LocalDate day) {
        return em.createNamedQuery(Sample.OF_DAY, Sample.class).setParameter("day", day).getResultStream().findFirst();
    }

    /** For the console: today's sample (of yesterday's orders), if drawn. */
    @RolesAllowed(Role.Names.SUPERVISOR)
    public Optional<SampleView> latestSample() {
        return latest(1).stream().findFirst();
    }

}
