package org.linkage110.supervision.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.linkage110.supervision.FactCheck;

/**
 * Reports what a check of the daily facts found different from the raw orders (and repaired): in
 * the log, in the counter {@code figures_check_differences} (orders and rows that differed) on
 * {@code /metrics}, and as a notification to the office, one per day that differed.
 */
@Stateless
public class FigureDifferences {

    static final String KIND = "FIGURES_CORRECTED";
    private static final Logger LOG = Logger.getLogger(FigureDifferences.class.getName());

    @Inject
    NotificationDesk notifications;

    @Inject
    MetricRegistry registry;

    public void report(List<FactCheck> checks) {
        for (FactCheck check : checks) {
            if (!check.differs()) {
                continue;
            }
            LOG.warning(() -> "figures of " + check.day() + " differed from the raw orders and were repaired: "
                    + check.ordersDiffering() + " orders, " + check.rowsDiffering() + " rows; " + check.differences());
            counter().inc(check.ordersDiffering() + check.rowsDiffering());
            String text = "统计核对：" + check.day() + " 的每日统计与原始警单不符（" + check.ordersDiffering() + " 张警单、"
                    + check.rowsDiffering() + " 行统计），已按原始警单重算修正。" + String.join("；", check.differences());
            notifications.raise(Notification.OFFICE, KIND, null, null, text,
                    KIND + ":" + check.day() + ":" + java.util.UUID.randomUUID()); // a day may differ again
        }
    }

    private Counter counter() {
        return registry.counter(Metadata.builder().withName("figures_check_differences")
                .withDescription("Orders and daily fact rows the check of the figures found different from the raw "
                        + "orders (and repaired)").build());
    }
}
