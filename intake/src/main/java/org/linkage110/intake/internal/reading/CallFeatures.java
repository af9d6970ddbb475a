package org.linkage110.intake.internal.reading;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the item model sees of a description: its words as HanLP segments them, and the pairs of
 * characters and the single characters inside each run of Chinese letters (the characters carry a
 * call through typos: 垃级 still shares 垃 with 垃圾; chosen by cross-validation on the training part). Place names, person names, numbers and times are
 * left out, words and pairs alike: they say where and when, not what, and in a small corpus they
 * would teach the model that a street belongs to an item (as far as HanLP recognises them: a district
 * name it does not know stays a word). The same features are built when the
 * model is trained and when it is used.
 */
public final class CallFeatures {

    static final String WORD = "w=";
    static final String PAIR = "b=";
    static final String CHARACTER = "c=";

    /** HanLP's segmenter with its core and custom dictionaries, shared: segmenting is thread-safe. */
    private static final Segment SEGMENT = HanLP.newSegment().enablePlaceRecognize(true).enableNameRecognize(true);

    private CallFeatures() {
    }

    /** The features of a description, each once, in order of appearance. */
    public static String[] of(String description) {
        String text = normalise(description);
        Set<String> features = new LinkedHashSet<>();
        StringBuilder run = new StringBuilder();
        List<String> runs = new ArrayList<>();
        for (Term term : SEGMENT.seg(text)) {
            String nature = term.nature == null ? "" : term.nature.toString();
            boolean meaningless = nature.startsWith("w") || nature.startsWith("ns") || nature.startsWith("nr")
                    || nature.startsWith("m") || nature.startsWith("t") || nature.startsWith("q")
                    || term.word.isBlank();
            if (meaningless) {
                flush(run, runs);
                continue;
            }
            if (term.word.length() > 1 || isHan(term.word.charAt(0))) {
                features.add(WORD + term.word);
            }
            for (char c : term.word.toCharArray()) {
                if (isHan(c)) {
                    run.append(c);
                } else {
                    flush(run, runs);
                }
            }
        }
        flush(run, runs);
        for (String r : runs) {
            for (int i = 0; i + 2 <= r.length(); i++) {
                features.add(PAIR + r.substring(i, i + 2));
            }
            for (int i = 0; i < r.length(); i++) {
                features.add(CHARACTER + r.charAt(i));
            }
        }
        return features.toArray(String[]::new);
    }

    /** Full-width letters and digits folded to ASCII, lower case, whitespace collapsed. */
    public static String normalise(String description) {
        if (description == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(description.length());
        for (char c : description.toCharArray()) {
            if (c >= '\uFF01' && c <= '\uFF5E' && c != '\uFF0C' && c != '\uFF1F' && c != '\uFF01') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static void flush(StringBuilder run, List<String> runs) {
        if (run.length() > 0) {
            runs.add(run.toString());
            run.setLength(0);
        }
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
