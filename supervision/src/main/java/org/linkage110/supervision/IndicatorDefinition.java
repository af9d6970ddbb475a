package org.linkage110.supervision;

import java.util.Arrays;
import java.util.List;

/**
 * How a figure is made: the count over the count (or the sum of counts) it divides by (README,
 * Indicators), and which way is better. The direction belongs to the figure, not to its target:
 * a bounce-back, complaint or repeat-call rate that rises is worse whether or not the office set a
 * target for it.
 */
public record IndicatorDefinition(String code, String nameZh, String nameEn, String numeratorOf,
                                  List<String> denominatorOf, boolean higherIsBetter) implements java.io.Serializable {

    private static final String HIGHER = "higher";
    private static final String LOWER = "lower";

    private static final String[][] TABLE = {
            {"DIVERSION", "分流率", "Diversion rate", "diverted", "received", HIGHER},
            {"SIGN_FOR", "签收率", "Sign-for rate", "signed", "dispatched", HIGHER},
            {"FEEDBACK", "反馈率", "Feedback rate", "fed_back", "signed", HIGHER},
            {"COMPLETION", "办结率", "Completion rate", "closed", "diverted", HIGHER},
            {"BOUNCE_BACK", "回流率", "Bounce-back rate", "returned", "dispatched", LOWER},
            {"COMPLAINT", "投诉率", "Complaint rate", "complaints", "callbacks_done", LOWER},
            {"RESPONSE", "响应率", "Response rate", "signed_on_time", "dispatched", HIGHER},
            {"SATISFACTION", "满意率", "Satisfaction rate", "satisfied", "satisfaction_answers", HIGHER},
            {"REPEAT", "重复报警率", "Repeat-call rate", "repeats", "received+repeats", LOWER},
            {"ON_TIME_SIGN_FOR", "按时签收率", "On time: sign for", "sign_on_time", "sign_due", HIGHER},
            {"ON_TIME_CALLER_CONTACT", "按时联系率", "On time: caller contact", "contact_on_time", "contact_due", HIGHER},
            {"ON_TIME_ARRIVE", "按时到场率", "On time: arrival", "arrive_on_time", "arrive_due", HIGHER},
            {"ON_TIME_FIRST_REPORT", "按时反馈率", "On time: first report", "report_on_time", "report_due", HIGHER},
            {"ON_TIME_RESULT", "按时办结率", "On time: result", "result_on_time", "result_due", HIGHER}};

    /** Every figure, in the order the figures are shown. */
    public static final List<IndicatorDefinition> ALL = Arrays.stream(TABLE)
            .map(d -> new IndicatorDefinition(d[0], d[1], d[2], d[3], List.of(d[4].split("\\+")), HIGHER.equals(d[5])))
            .toList();
}
