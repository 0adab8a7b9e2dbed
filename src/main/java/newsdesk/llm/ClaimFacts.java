package newsdesk.llm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checkable facts of a piece of text: its numbers (digits and number words, with their scale), its capitalised
 * names and its content words. A claim is supported by evidence when each of its numbers and names occurs there
 * and most of its content words do; words are compared loosely (a shared stem), numbers by value.
 */
final class ClaimFacts {
    private static final Pattern DIGITS = Pattern.compile(
            "(?<![\\p{L}\\p{Nd}.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(?:\\s*(hundred|thousand|million|billion|trillion|bn)\\b)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+(?:['’][\\p{L}]+)?");
    private static final Pattern ACRONYM_DOT = Pattern.compile("(?<=\\b\\p{Lu})\\.(?=\\p{Lu}\\b|\\s|$)");

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));
    private static final Map<String, Long> SCALES = Map.of("hundred", 100L, "thousand", 1_000L, "million", 1_000_000L,
            "billion", 1_000_000_000L, "trillion", 1_000_000_000_000L, "bn", 1_000_000_000L);

    /** Words that start sentences or carry no checkable fact; never treated as names or content. */
    private static final Set<String> STOP = Set.copyOf(List.of(
            "a", "an", "the", "and", "but", "or", "nor", "so", "yet", "of", "in", "on", "at", "to", "for", "from", "by",
            "with", "as", "into", "onto", "over", "under", "about", "after", "before", "during", "while", "when",
            "where", "who", "whom", "whose", "what", "which", "why", "how", "it", "its", "this", "that", "these",
            "those", "he", "she", "they", "them", "we", "us", "i", "you", "his", "her", "their", "there", "here",
            "some", "many", "most", "all", "both", "each", "several", "other", "others", "also", "however",
            "meanwhile", "then", "than", "thus", "yes", "no", "not", "none", "according", "per", "is", "are", "was",
            "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "could",
            "should", "may", "might", "can", "said", "says", "say", "saying", "told", "stated", "reported",
            "reports", "report", "source", "sources", "article", "articles", "passage", "passages", "mentioned",
            "mention", "mentions", "above", "below", "more", "less", "very", "such", "only", "just", "still", "even",
            "while", "whether", "which", "with", "without", "within", "among", "between", "because", "since", "until",
            "although", "though", "if", "unless", "once", "again", "further", "further", "up", "down", "out", "off",
            "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "can't"));

    /** Longest first; the first that fits is stripped. */
    private static final List<String> SUFFIXES = List.of("ations", "ation", "ments", "ment", "ings", "ing", "ians",
            "ian", "ers", "ies", "ied", "ia", "ed", "es", "er", "s", "e", "a", "y");

    private ClaimFacts() {
    }

    /** Each number in the text as the set of values it may stand for (3.5 million: 3.5 and 3500000). */
    static List<Set<String>> numbers(String text) {
        List<Set<String>> out = new ArrayList<>();
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            BigDecimal value = new BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : "." + m.group(2)));
            Set<String> alternatives = new LinkedHashSet<>();
            alternatives.add(canonical(value));
            if (m.group(3) != null) {
                alternatives.add(canonical(value.multiply(BigDecimal.valueOf(SCALES.get(m.group(3).toLowerCase(Locale.ROOT))))));
            }
            out.add(alternatives);
        }
        out.addAll(numberWords(words(text)));
        return out;
    }

    /** Every value any number in the text may stand for. */
    static Set<String> numberValues(String text) {
        Set<String> all = new LinkedHashSet<>();
        numbers(text).forEach(all::addAll);
        return all;
    }

    /** Capitalised words that are not sentence furniture, normalised (lower case, no possessive, no dots). */
    static List<String> names(String text) {
        List<String> out = new ArrayList<>();
        for (String w : rawWords(text)) {
            if (Character.isUpperCase(w.codePointAt(0))) {
                String n = normalise(w);
                if (!STOP.contains(n) && !SMALL.containsKey(n) && !SCALES.containsKey(n) && !isNumeric(n)) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    /** Words of four letters or more that carry meaning, normalised; names included. */
    static List<String> contentWords(String text) {
        List<String> out = new ArrayList<>();
        for (String w : words(text)) {
            if (w.length() >= 4 && !STOP.contains(w) && !isNumeric(w) && !SMALL.containsKey(w) && !SCALES.containsKey(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** All words of the text, normalised. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : rawWords(text)) {
            out.add(normalise(w));
        }
        return out;
    }

    /** True when some evidence word shares a stem with the word; names get a stricter comparison. */
    static boolean occursIn(String word, Set<String> evidenceWords, boolean isName) {
        if (evidenceWords.contains(word)) {
            return true;
        }
        for (String e : evidenceWords) {
            if (sameStem(word, e, isName ? 0 : 2)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words that differ only in their ending (hostage/hostages, Algeria/Algerian, seize/seized), by a light
     * suffix-stripping stemmer. {@code slack} lets the longer stem run on by that many letters (operated/operator).
     */
    static boolean sameStem(String a, String b, int slack) {
        if (a.length() < 3 || b.length() < 3) {
            return a.equals(b);
        }
        String sa = stem(a);
        String sb = stem(b);
        if (sa.equals(sb)) {
            return true;
        }
        String shorter = sa.length() <= sb.length() ? sa : sb;
        String longer = shorter == sa ? sb : sa;
        return shorter.length() >= 4 && longer.startsWith(shorter) && longer.length() - shorter.length() <= slack;
    }

    static String stem(String word) {
        for (String suffix : SUFFIXES) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 3) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }

    private static List<Set<String>> numberWords(List<String> words) {
        List<Set<String>> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!isNumberWord(words.get(i))) {
                i++;
                continue;
            }
            int start = i;
            long total = 0;
            long current = 0;
            while (i < words.size() && (isNumberWord(words.get(i))
                    || (words.get(i).equals("and") && i + 1 < words.size() && isNumberWord(words.get(i + 1)) && i > start))) {
                String w = words.get(i);
                if (SMALL.containsKey(w)) {
                    current += SMALL.get(w);
                } else if (w.equals("hundred")) {
                    current = Math.max(current, 1) * 100;
                } else if (SCALES.containsKey(w)) {
                    total += Math.max(current, 1) * SCALES.get(w);
                    current = 0;
                }
                i++;
            }
            boolean loneOne = i - start == 1 && words.get(start).equals("one");
            boolean loneScale = i - start == 1 && SCALES.containsKey(words.get(start));
            if (!loneOne && !loneScale) {
                out.add(Set.of(canonical(BigDecimal.valueOf(total + current))));
            }
        }
        return out;
    }

    private static boolean isNumberWord(String w) {
        return SMALL.containsKey(w) || SCALES.containsKey(w);
    }

    private static boolean isNumeric(String w) {
        return !w.isEmpty() && w.chars().allMatch(Character::isDigit);
    }

    private static List<String> rawWords(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(ACRONYM_DOT.matcher(text).replaceAll(""));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static String normalise(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        return w;
    }

    private static String canonical(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }
}
