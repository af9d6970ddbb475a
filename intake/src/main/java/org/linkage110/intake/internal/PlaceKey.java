package org.linkage110.intake.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The "same place" of two calls: an address reduced to what identifies the spot. Callers and
 * call-takers write the same place many ways (沈阳市于洪区怒江北街１２号门口, 怒江北街12号附近): this drops
 * the city and district prefix, position words, spaces and punctuation, and folds full-width
 * digits and letters, so those become one key. Place names that merely end in 市 or 区 (华联超市,
 * 华城小区) are kept.
 */
public final class PlaceKey {

    /** Leading administrative prefixes: province, city, district or county. */
    private static final Pattern ADMIN_PREFIX = Pattern.compile(
            "^(?:[\\p{IsHan}]{2,6}?省)?(?:[\\p{IsHan}]{2,6}?(?<![超集夜菜早花门])市)?(?:[\\p{IsHan}]{2,4}?(?:(?<![小社园景校厂矿城])区|县))?");
    /** Words that say where near the spot the caller is, not which spot. */
    private static final List<String> POSITION_WORDS = List.of("附近", "门口", "门前", "对面", "旁边", "周边", "一带",
            "路口处", "处", "东侧", "西侧", "南侧", "北侧", "东门", "西门", "南门", "北门", "这里", "那里");
    private static final Pattern NOISE = Pattern.compile("[\\s\\p{Punct}，。、；：！？（）【】《》“”‘’·～—-]+");

    private PlaceKey() {
    }

    public static String of(String address) {
        String key = ADMIN_PREFIX.matcher(fold(address)).replaceFirst("");
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String word : POSITION_WORDS) {
                if (key.endsWith(word) && key.length() > word.length()) {
                    key = key.substring(0, key.length() - word.length());
                    changed = true;
                }
            }
        }
        return key;
    }

    /** Full-width folded to half-width, spaces and punctuation removed, lower case. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        return NOISE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("").toLowerCase();
    }
}
