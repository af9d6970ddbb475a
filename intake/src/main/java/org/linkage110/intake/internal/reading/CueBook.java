package org.linkage110.intake.internal.reading;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cues of {@code cues.txt} in this package: per kind, one regular expression (the alternation
 * of the kind's lines). Read once; patterns are immutable and shared by every thread.
 */
final class CueBook {

    /** Every kind a line of the file may have. */
    enum Kind {
        DISPUTE, ESCALATION, THREAT, UTILITIES, POLICE_FIRST,
        THEFT, FRAUD, VIOLENCE, TRAFFIC_ACCIDENT, MISSING_PERSON, SELF_HARM, MENACE, SUSPICIOUS, VICE, PUBLIC_ORDER,
        POLICE_COMPLAINT,
        NEGATION, HYPOTHETICAL, HYPOTHETICAL_AFTER, PRESENT, PAST, CHRONIC, REASSURE_THREAT, REASSURE_DISPUTE, REASSURE_UTILITIES,
        GRIEVANCE, FACILITY, IN_PROGRESS, HAZARD_CONTEXT, WATER_EXCLUDE
    }

    /** A stretch of the text a cue matched. */
    record Hit(Kind kind, int start, int end, String words) {
    }

    private static final CueBook SHIPPED = read("cues.txt");

    private final Map<Kind, Pattern> patterns;

    private CueBook(Map<Kind, Pattern> patterns) {
        this.patterns = patterns;
    }

    static CueBook shipped() {
        return SHIPPED;
    }

    static CueBook read(String resource) {
        Map<Kind, List<String>> lines = new EnumMap<>(Kind.class);
        try (InputStream in = CueBook.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("cue file missing: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalStateException("cue line without a tab: " + line);
                }
                lines.computeIfAbsent(Kind.valueOf(line.substring(0, tab).strip()), k -> new ArrayList<>())
                        .add(line.substring(tab + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        Map<Kind, Pattern> patterns = new EnumMap<>(Kind.class);
        lines.forEach((kind, alternatives) ->
                patterns.put(kind, Pattern.compile("(?:" + String.join(")|(?:", alternatives) + ")")));
        return new CueBook(patterns);
    }

    /** Every match of the kind's cues in the text, left to right, not overlapping. */
    List<Hit> find(Kind kind, String text) {
        Pattern pattern = patterns.get(kind);
        if (pattern == null) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (matcher.end() > matcher.start()) {
                hits.add(new Hit(kind, matcher.start(), matcher.end(), matcher.group()));
            }
        }
        return hits;
    }

    /** Whether a cue of the kind matches anywhere in {@code [from, to)} of the text. */
    boolean any(Kind kind, String text, int from, int to) {
        Pattern pattern = patterns.get(kind);
        return pattern != null && from < to && pattern.matcher(text).region(from, to).find();
    }
}
