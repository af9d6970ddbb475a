package org.linkage110.intake.internal.reading;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.linkage110.intake.CallFlag;
import org.linkage110.intake.FlagReading;
import org.linkage110.intake.PoliceCue;
import org.linkage110.intake.internal.reading.CueBook.Hit;
import org.linkage110.intake.internal.reading.CueBook.Kind;

/**
 * Reads the flags and the cues of police business from a description with the {@link CueBook}:
 * a cue counts unless a negation stands right before it (没有人受伤), a hypothetical before it in
 * its clause (怕哪天倒了, 着火了咋整), or a reassurance after it (已经不吵了, 人没事, 来电了); a danger, a
 * dispute or a crowd also does not count in a sentence that speaks of the past or of a chronic state
 * (昨天, 好几天了) unless its own clause speaks of the present (刚才, 现在). Police cues keep their weight in
 * the past — a theft reported the next day is still police business — but a collision of a public
 * facility is the facility's item, and so is its theft unless it is still going on, and a threat of
 * self-harm over a grievance (wages) needs police first rather than being police business.
 */
public final class CueReader {

    /** What the cues say. */
    public record Cues(List<FlagReading> flags, List<String> escalationWords, List<PoliceCue> policeCues) {
    }

    private static final int NEGATION_REACH = 4;

    private static final Map<CallFlag, Kind> FLAG_CUES = Map.of(
            CallFlag.ON_SCENE_DISPUTE, Kind.DISPUTE, CallFlag.THREAT_TO_SAFETY, Kind.THREAT,
            CallFlag.UTILITIES_HAZARD, Kind.UTILITIES, CallFlag.NEEDS_POLICE_FIRST, Kind.POLICE_FIRST);

    private static final List<Kind> POLICE_KINDS = List.of(Kind.THEFT, Kind.FRAUD, Kind.VIOLENCE,
            Kind.TRAFFIC_ACCIDENT, Kind.MISSING_PERSON, Kind.SELF_HARM, Kind.MENACE, Kind.SUSPICIOUS, Kind.VICE,
            Kind.PUBLIC_ORDER, Kind.POLICE_COMPLAINT);

    private final CueBook book;

    public CueReader() {
        this(CueBook.shipped());
    }

    CueReader(CueBook book) {
        this.book = book;
    }

    public Cues read(String description) {
        Text text = new Text(CallFeatures.normalise(description), book);
        Map<CallFlag, Set<String>> flags = new EnumMap<>(CallFlag.class);
        for (CallFlag flag : CallFlag.values()) {
            Kind kind = FLAG_CUES.get(flag);
            for (Hit hit : book.find(kind, text.value)) {
                if (counts(text, hit, flag)) {
                    flags.computeIfAbsent(flag, f -> new LinkedHashSet<>()).add(hit.words());
                }
            }
        }
        List<String> escalation = new ArrayList<>();
        if (flags.containsKey(CallFlag.ON_SCENE_DISPUTE)) {
            book.find(Kind.ESCALATION, text.value).stream()
                    .filter(hit -> !text.negated(hit) && !text.hypothetical(hit) && !text.reassured(hit, Kind.REASSURE_DISPUTE))
                    .map(Hit::words).distinct().forEach(escalation::add);
        }
        List<PoliceCue> police = new ArrayList<>();
        boolean grievance = !book.find(Kind.GRIEVANCE, text.value).isEmpty();
        for (Kind kind : POLICE_KINDS) {
            for (Hit hit : book.find(kind, text.value)) {
                if (text.negated(hit) || text.hypothetical(hit) || kind == Kind.SELF_HARM && grievance) {
                    continue;
                }
                boolean ofFacility = (kind == Kind.THEFT || kind == Kind.TRAFFIC_ACCIDENT) && text.inClause(hit, Kind.FACILITY);
                if (ofFacility && (kind == Kind.TRAFFIC_ACCIDENT || !text.inClause(hit, Kind.IN_PROGRESS))) {
                    continue;
                }
                if (kind == Kind.TRAFFIC_ACCIDENT && text.inSentence(hit, Kind.HAZARD_CONTEXT)) {
                    continue;
                }
                police.add(new PoliceCue(kind.name(), hit.words()));
            }
        }
        List<FlagReading> readings = new ArrayList<>();
        flags.forEach((flag, words) -> readings.add(new FlagReading(flag, List.copyOf(words))));
        return new Cues(readings, escalation, police);
    }

    private boolean counts(Text text, Hit hit, CallFlag flag) {
        if (text.negated(hit) || text.hypothetical(hit)) {
            return false;
        }
        return switch (flag) {
            case UTILITIES_HAZARD -> !text.reassured(hit, Kind.REASSURE_UTILITIES)
                    && !(hit.words().contains("水") && text.inClause(hit, Kind.WATER_EXCLUDE));
            case THREAT_TO_SAFETY -> !text.stale(hit, true) && !text.reassured(hit, Kind.REASSURE_THREAT);
            case ON_SCENE_DISPUTE, NEEDS_POLICE_FIRST -> !text.stale(hit, false)
                    && !text.reassured(hit, Kind.REASSURE_DISPUTE);
        };
    }

    /** The normalised description with its clauses and the positions of its modifiers. */
    private static final class Text {

        private final String value;
        private final CueBook book;
        private final List<Hit> negations;
        private final boolean urgent;

        Text(String value, CueBook book) {
            this.value = value;
            this.book = book;
            this.negations = book.find(Kind.NEGATION, value);
            this.urgent = value.startsWith("急") || value.startsWith("紧急");
        }

        int clauseStart(int position) {
            int i = position;
            while (i > 0 && !boundary(value.charAt(i - 1))) {
                i--;
            }
            return i;
        }

        int clauseEnd(int position) {
            int i = position;
            while (i < value.length() && !boundary(value.charAt(i))) {
                i++;
            }
            return i;
        }

        boolean negated(Hit hit) {
            int from = clauseStart(hit.start());
            return negations.stream().anyMatch(n -> n.start() >= from && n.end() <= hit.start()
                    && hit.start() - n.end() <= NEGATION_REACH);
        }

        boolean hypothetical(Hit hit) {
            return book.any(Kind.HYPOTHETICAL, value, clauseStart(hit.start()), hit.start())
                    || book.any(Kind.HYPOTHETICAL_AFTER, value, hit.end(), clauseEnd(hit.end()));
        }

        int sentenceStart(int position) {
            int i = position;
            while (i > 0 && "。！？!?\n".indexOf(value.charAt(i - 1)) < 0) {
                i--;
            }
            return i;
        }

        int sentenceEnd(int position) {
            int i = position;
            while (i < value.length() && "。！？!?\n".indexOf(value.charAt(i)) < 0) {
                i++;
            }
            return i;
        }

        boolean inSentence(Hit hit, Kind kind) {
            return book.any(kind, value, sentenceStart(hit.start()), sentenceEnd(hit.end()));
        }

        boolean inClause(Hit hit, Kind kind) {
            return book.any(kind, value, clauseStart(hit.start()), clauseEnd(hit.end()));
        }

        /**
         * The past or a chronic state in the cue's sentence (a danger: 每天晚上排气，熏得头晕) or in
         * its clause (a dispute or a crowd, reported as it happens while the problem behind it is
         * old: 污水冒了好几天，业主堵着经理不让走), and no word of the present in its clause.
         */
        boolean stale(Hit hit, boolean wholeSentence) {
            boolean old = wholeSentence ? inSentence(hit, Kind.PAST) || inSentence(hit, Kind.CHRONIC)
                    : inClause(hit, Kind.PAST) || inClause(hit, Kind.CHRONIC);
            return old && !inClause(hit, Kind.PRESENT) && !urgent;
        }

        /** A reassurance of this kind after the cue's start. */
        boolean reassured(Hit hit, Kind reassurance) {
            return book.any(reassurance, value, hit.start() + 1, value.length());
        }

        private static boolean boundary(char c) {
            return "，。！？；,.!?;、\n ".indexOf(c) >= 0;
        }
    }
}
