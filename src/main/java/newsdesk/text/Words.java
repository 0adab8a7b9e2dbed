package newsdesk.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.EnglishStemmer;

/** The one tokenizer and stemmer of the project: words with offsets, Snowball English stems, stop words. */
public final class Words {
    /**
     * Letters and digits, with inner periods, apostrophes and hyphens ("U.S.", "don't", "well-known", "3.5"), and
     * commas and colons between digits ("1,200", "04:52").
     */
    private static final Pattern WORD = Pattern.compile(
            "[\\p{L}\\p{N}]+(?:(?:[.'’\\-]|(?<=\\d)[,:](?=\\d))[\\p{L}\\p{N}]+)*\\.?");
    private static final Pattern DIGITS = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

    private Words() {
    }

    public static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        EnglishStemmer stemmer = new EnglishStemmer();
        while (m.find()) {
            String raw = m.group();
            int end = m.end();
            if (raw.endsWith(".") && !isInitialism(raw)) {
                raw = raw.substring(0, raw.length() - 1);
                end--;
            }
            if (raw.isEmpty()) {
                continue;
            }
            String lower = raw.toLowerCase(Locale.ROOT).replace('’', '\'');
            String stem = Abbreviations.isInitialism(raw) ? lower.replace(".", "") : stem(stemmer, lower);
            out.add(new Token(raw, lower, stem, m.start(), end,
                    Character.isUpperCase(raw.codePointAt(0)), isNumber(lower)));
        }
        return out;
    }

    /**
     * The stems of the words that carry meaning (stop words dropped), in order, without repeats; the full name of an
     * initialism counts as the initialism ("United States" as "us").
     */
    public static List<String> contentStems(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Token t : Abbreviations.joined(tokens(text))) {
            if (!t.stopWord()) {
                out.add(t.stem());
            }
        }
        return new ArrayList<>(out);
    }

    /** The Snowball English stem of one word, lower-cased, without a possessive "'s". */
    public static String stem(String word) {
        return stem(new EnglishStemmer(), word.toLowerCase(Locale.ROOT).replace('’', '\''));
    }

    public static boolean isStopWord(String lowerWord) {
        return StopWords.contains(lowerWord);
    }

    /** Digits ("1,200", "3.5") or a number word ("seven", "twenty-three", "dozens"). */
    public static boolean isNumber(String lowerWord) {
        return DIGITS.matcher(lowerWord).matches() || NumberWords.value(lowerWord).isPresent();
    }

    private static String stem(EnglishStemmer stemmer, String lower) {
        String w = lower.endsWith("'s") ? lower.substring(0, lower.length() - 2) : lower;
        if (w.indexOf('.') >= 0 && !DIGITS.matcher(w).matches()) {
            return w.replace(".", "");
        }
        if (w.chars().anyMatch(Character::isDigit)) {
            return w;
        }
        stemmer.setCurrent(w);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** "U.S." and "U.K." keep their final period; "Saturday." does not. */
    private static boolean isInitialism(String raw) {
        return raw.length() <= 6 && raw.chars().filter(c -> c == '.').count() >= 2;
    }
}
