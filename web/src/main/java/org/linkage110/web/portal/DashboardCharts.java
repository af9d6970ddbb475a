package org.linkage110.web.portal;

import jakarta.json.JsonArrayBuilder;
import java.util.Map;
import org.linkage110.platform.Jsons;
import org.linkage110.supervision.FigureSet;

/** The dashboard's two Chart.js configurations, built from the figures per step of the period. */
final class DashboardCharts {

    private DashboardCharts() {
    }

    /** Chart.js: the response, sign-for, completion and satisfaction rates per step, in percent. */
    static String rates(Map<String, FigureSet> series) {
        JsonArrayBuilder labels = Jsons.createArrayBuilder();
        series.keySet().forEach(labels::add);
        JsonArrayBuilder datasets = Jsons.createArrayBuilder();
        String[][] lines = {{"RESPONSE", "响应率 response", "#1565c0"}, {"SIGN_FOR", "签收率 sign-for", "#6a1b9a"},
                {"COMPLETION", "办结率 completion", "#e65100"}, {"SATISFACTION", "满意率 satisfaction", "#2e7d32"}};
        for (String[] line : lines) {
            JsonArrayBuilder data = Jsons.createArrayBuilder();
            series.values().forEach(set -> {
                Double v = set.indicator(line[0]).value();
                if (v == null) {
                    data.addNull();
                } else {
                    data.add(Math.round(v * 1000) / 10.0);
                }
            });
            datasets.add(Jsons.createObjectBuilder().add("label", line[1]).add("data", data).add("borderColor", line[2])
                    .add("spanGaps", true));
        }
        return Jsons.createObjectBuilder().add("type", "line")
                .add("data", Jsons.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Jsons.createObjectBuilder().add("animation", false).add("scales", Jsons.createObjectBuilder()
                        .add("y", Jsons.createObjectBuilder().add("min", 0).add("max", 100))))
                .build().toString();
    }

    /** A Chart.js configuration: orders received and closed per step, and the completion rate. */
    static String volumes(Map<String, FigureSet> series) {
        JsonArrayBuilder labels = Jsons.createArrayBuilder();
        JsonArrayBuilder received = Jsons.createArrayBuilder();
        JsonArrayBuilder closed = Jsons.createArrayBuilder();
        JsonArrayBuilder completion = Jsons.createArrayBuilder();
        series.forEach((day, set) -> {
            labels.add(day);
            received.add(set.counts().get("received"));
            closed.add(set.counts().get("closed"));
            Double c = set.indicator("COMPLETION").value();
            completion.add(c == null ? 0 : Math.round(c * 1000) / 10.0);
        });
        return Jsons.createObjectBuilder().add("type", "bar")
                .add("data", Jsons.createObjectBuilder().add("labels", labels).add("datasets", Jsons.createArrayBuilder()
                        .add(Jsons.createObjectBuilder().add("label", "接警 received").add("data", received)
                                .add("backgroundColor", "#90caf9").add("yAxisID", "y"))
                        .add(Jsons.createObjectBuilder().add("label", "办结 closed").add("data", closed)
                                .add("backgroundColor", "#a5d6a7").add("yAxisID", "y"))
                        .add(Jsons.createObjectBuilder().add("label", "办结率 % completion").add("data", completion)
                                .add("type", "line").add("borderColor", "#e65100").add("yAxisID", "rate"))))
                .add("options", Jsons.createObjectBuilder().add("animation", false).add("scales", Jsons.createObjectBuilder()
                        .add("y", Jsons.createObjectBuilder().add("beginAtZero", true))
                        .add("rate", Jsons.createObjectBuilder().add("position", "right").add("min", 0).add("max", 100))))
                .build().toString();
    }
}
