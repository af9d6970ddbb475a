package org.linkage110.routing.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** One call of the corpus ({@code corpus/calls-*.csv}) with its labels. */
record LabelledCall(String item, String handlingClass, String level, String leadUnit, boolean onSceneDispute,
                    boolean threatToSafety, boolean utilitiesHazard, boolean needsPoliceFirst, boolean policeBusiness,
                    String description) {

    static final String POLICE = "POLICE_BUSINESS";

    /** The calls of one part of the corpus ({@code train} or {@code eval}). */
    static List<LabelledCall> part(String name) {
        Path file = Path.of(System.getProperty("linkage.corpus", "../corpus"), "calls-" + name + ".csv");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords()
                    .stream().map(LabelledCall::of).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static LabelledCall of(CSVRecord r) {
        return new LabelledCall(r.get("item"), r.get("handling_class"), r.get("level"), r.get("lead_unit"),
                yes(r, "on_scene_dispute"), yes(r, "threat_to_safety"), yes(r, "utilities_hazard"),
                yes(r, "needs_police_first"), yes(r, "police_business"), r.get("description"));
    }

    private static boolean yes(CSVRecord r, String column) {
        String cell = r.get(column);
        if (!cell.equals("Y") && !cell.equals("N")) {
            throw new IllegalStateException(column + " must be Y or N: " + r);
        }
        return cell.equals("Y");
    }
}
