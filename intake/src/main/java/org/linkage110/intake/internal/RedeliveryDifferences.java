package org.linkage110.intake.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.linkage110.intake.IncidentSummary;
import org.linkage110.intake.NewIncident;

/**
 * What a sender's redelivery under an external number already received changes: nothing for a plain
 * retry (answered as the incident received first), otherwise the fields that differ (refused as a
 * conflict). A grid or category the redelivery leaves out is no difference: the first delivery may
 * have had them filled in here (territorial assignment, the category suggested).
 */
public final class RedeliveryDifferences {

    private RedeliveryDifferences() {
    }

    /** The fields in which {@code redelivery} differs from the incident received first; empty for a plain retry. */
    public static List<String> between(IncidentSummary received, NewIncident redelivery) {
        List<String> differing = new ArrayList<>();
        compare(differing, "receivedAt", received.receivedAt(), redelivery.receivedAt());
        compare(differing, "callerName", received.callerName(), redelivery.callerName());
        compare(differing, "callerPhone", received.callerPhone(), redelivery.callerPhone());
        compare(differing, "address", received.address(), redelivery.address());
        compare(differing, "description", received.description(), redelivery.description());
        compare(differing, "flags", received.flags(), redelivery.flags());
        compare(differing, "inquiryAnswers", received.inquiryAnswers(), redelivery.inquiryAnswers());
        if (redelivery.gridCode() != null) {
            compare(differing, "gridCode", received.gridCode(), redelivery.gridCode());
        }
        if (redelivery.categoryCode() != null) {
            compare(differing, "categoryCode", received.categorySuggested() ? null : received.categoryCode(),
                    redelivery.categoryCode());
        }
        return differing;
    }

    private static void compare(List<String> differing, String field, Object received, Object delivered) {
        if (!Objects.equals(received, delivered)) {
            differing.add(field);
        }
    }
}
