package org.linkage110.platform.reference;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * A change of reference data made on one server reaches every other server of the cluster at once:
 * published on the data grid's topic once its transaction has committed, and fired there as a
 * {@link ReferenceDataChanged} from another server, so each copy (the taxonomy's suggester and any
 * other) is dropped everywhere. Without a data grid (a single server, {@code --nocluster}) there is
 * nobody to tell.
 */
@ApplicationScoped
public class ReferenceChangesAcrossServers {

    static final String TOPIC = "linkage110.reference-data-changed";
    private static final Logger LOG = Logger.getLogger(ReferenceChangesAcrossServers.class.getName());

    @Inject
    Event<ReferenceDataChanged> changes;

    private ITopic<String> topic;
    private UUID listener;

    void join(@Observes @Initialized(ApplicationScoped.class) Object started) {
        grid().filter(ReferenceChangesAcrossServers::clustered).ifPresent(grid -> {
            topic = grid.getTopic(TOPIC);
            listener = topic.addMessageListener(message -> {
                if (!message.getPublishingMember().localMember()) {
                    changes.fire(new ReferenceDataChanged(message.getMessageObject(), true));
                }
            });
            LOG.info(() -> "reference data changes are shared with the cluster " + grid.getCluster().getMembers());
        });
    }

    void publish(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReferenceDataChanged change) {
        if (topic != null && !change.fromAnotherServer()) {
            topic.publish(change.kind());
        }
    }

    @PreDestroy
    void leave() {
        if (topic != null) {
            try {
                topic.removeMessageListener(listener);
            } catch (RuntimeException e) {
                LOG.fine(() -> "the data grid stopped first: " + e);
            }
        }
    }

    /** Payara's data grid, when it runs. */
    private static Optional<HazelcastInstance> grid() {
        try {
            return Optional.of(InitialContext.doLookup("payara/Hazelcast"));
        } catch (NamingException | RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    private static boolean clustered(HazelcastInstance grid) {
        try {
            return grid.getLifecycleService().isRunning();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
