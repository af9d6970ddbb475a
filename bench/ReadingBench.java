import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.linkage110.domain.event.IncidentRecorded;
import org.linkage110.intake.CallReader;
import org.linkage110.intake.CallReading;
import org.linkage110.platform.ReferenceData;
import org.linkage110.routing.internal.DecisionRule;
import org.linkage110.routing.internal.DecisionTable;
import org.linkage110.routing.internal.ProposalBasis;

/**
 * Times what the application does with a call's description when it proposes: intake's reading
 * (segmentation, item model, keywords, cues; top three items) and routing's basis, police-business
 * rule and decision table. Every call of the corpus, both parts, in rounds after a warm-up; prints
 * the first call (loading the model and HanLP's dictionaries) and the per-call distribution.
 */
public class ReadingBench {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<String> calls = new ArrayList<>();
        for (String part : List.of("train", "eval")) {
            try (var reader = Files.newBufferedReader(Path.of(args[0], "calls-" + part + ".csv"), StandardCharsets.UTF_8)) {
                for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                    calls.add(r.get("description"));
                }
            }
        }
        List<Map<String, String>> items = ReferenceData.rows("taxonomy").stream()
                .filter(r -> !r.get("parent_code").isEmpty()).toList();
        DecisionTable table = new DecisionTable(ReferenceData.rows("decision-table").stream().map(DecisionRule::of).toList());
        IncidentRecorded.Flags none = new IncidentRecorded.Flags(false, false, false, false);

        long t0 = System.nanoTime();
        CallReader reader = new CallReader(
                items.stream().collect(Collectors.toMap(r -> r.get("code"), r -> ReferenceData.list(r.get("keywords")))),
                items.stream().collect(Collectors.toMap(r -> r.get("code"), r -> r.get("name_zh"))));
        propose(reader, table, none, calls.get(0));
        double firstMs = (System.nanoTime() - t0) / 1e6;

        for (int w = 0; w < 3; w++) {
            calls.forEach(c -> propose(reader, table, none, c));
        }
        double[] perCall = new double[calls.size() * rounds];
        int k = 0;
        long total = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            for (String call : calls) {
                long start = System.nanoTime();
                propose(reader, table, none, call);
                perCall[k++] = (System.nanoTime() - start) / 1e6;
            }
        }
        double wall = (System.nanoTime() - total) / 1e6;
        Arrays.sort(perCall);
        double mean = Arrays.stream(perCall).average().orElse(0);
        int chars = calls.stream().mapToInt(String::length).sum() / calls.size();
        System.out.printf("calls %d (mean %d characters), rounds %d, %d readings%n", calls.size(), chars, rounds,
                perCall.length);
        System.out.printf("first call (model and dictionaries loaded): %.0f ms%n", firstMs);
        System.out.printf("per call: mean %.3f ms, median %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms%n", mean,
                at(perCall, 0.5), at(perCall, 0.95), at(perCall, 0.99), perCall[perCall.length - 1]);
        System.out.printf("throughput on one thread: %.0f calls/s%n", perCall.length / (wall / 1000));
    }

    private static void propose(CallReader reader, DecisionTable table, IncidentRecorded.Flags given, String call) {
        CallReading reading = reader.read(call, 3);
        ProposalBasis basis = ProposalBasis.of(given, reading);
        String item = reading.suggestions().isEmpty() ? "" : reading.suggestions().get(0).itemCode();
        table.decide(basis.facts(item));
    }

    private static double at(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))];
    }
}
