package newsdesk.briefing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsdesk.text.NumberWords;
import newsdesk.text.Words;

/**
 * Finds tolls in a sentence: a count of a known kind of person or thing with what happened to them, in the same
 * clause ("at least 40 people dead", "killed 5 attackers", "4 captives and 6 gunmen had been killed"), or a number
 * after "death toll" ("the death toll rose to 27"). Precision comes first: a number is no toll when it is an age
 * ("children 4 and under", "a 12-year-old"), a year, an ordinal ("62nd"), part of a range ("10 to 12 people",
 * "between 5 and 8"), a duration ("two years"), a decimal, or when the outcome word is outside its clause. Kinds and
 * outcomes come from general word classes in {@code /briefing/*.txt}, so "captives" and "prisoners" are compared.
 * Words just before a number say whether it is an earlier or a later figure.
 */
final class FigureReader {
    private static final Pattern TOKEN = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?|\\p{L}[\\p{L}'’-]*|[,;:()\\-–—]");
    private static final Map<String, String> KINDS = WordClasses.load("/briefing/counted-nouns.txt");
    /** Stemming is most of the cost of reading a sentence, and news reuses its words. */
    private static final Cache<String, String> STEMS = Caffeine.newBuilder().maximumSize(50_000).build();
    private static final Map<String, String> OUTCOMES = WordClasses.load("/briefing/outcomes.txt");

    private static final Set<String> EARLIER = Set.of("previous", "previously", "earlier", "initial", "initially",
            "original", "originally", "prior", "preliminary", "first");
    private static final Set<String> LATER = Set.of("latest", "now", "rose", "risen", "climbed", "increased",
            "updated", "revised", "new", "rising", "jumped", "final", "finally");
    private static final Set<String> TOTAL_WORDS = Set.of("all", "total", "toll", "altogether", "overall");
    private static final List<List<String>> QUALIFIERS = List.of(List.of("at", "least"), List.of("more", "than"),
            List.of("fewer", "than"), List.of("less", "than"), List.of("up", "to"), List.of("as", "many", "as"),
            List.of("about"), List.of("around"), List.of("nearly"), List.of("almost"), List.of("some"),
            List.of("over"), List.of("roughly"), List.of("approximately"), List.of("all"), List.of("another"));
    /** Words that join two numbers into a range or an alternative: "10 to 12", "two or three". */
    private static final Set<String> RANGE_JOINS = Set.of("to", "or", "-", "–", "—", "and", "through");
    /** After a number, words that make it a limit of a range of ages or sizes: "4 and under", "65 or older". */
    private static final Set<String> OPEN_ENDS = Set.of("under", "over", "older", "younger", "up", "above", "below",
            "more", "less", "fewer");
    private static final Set<String> AGE_WORDS = Set.of("age", "aged", "ages", "year-old", "years-old", "month-old",
            "months-old", "week-old", "day-old");
    private static final Set<String> TIME_UNITS = stems("second", "minute", "hour", "day", "night", "week", "month",
            "year", "decade", "century", "centuries", "time", "round", "percent", "per", "cent", "mile", "kilometre",
            "kilometer", "km", "metre", "meter", "foot", "feet", "inch", "pound", "dollar", "euro");
    /** Words that cannot stand between a number and the noun it counts. */
    private static final Set<String> NOT_MODIFIERS = Set.of("of", "in", "for", "from", "to", "and", "or", "with",
            "at", "on", "by", "the", "a", "an", "were", "was", "are", "is", "had", "have", "has", "who", "that");
    /** Words before a count that make it the object of something else: "given to 2,000 people". */
    private static final Set<String> PREPOSITIONS = Set.of("to", "for", "of", "among", "with", "from", "than", "by");
    /** How far (in words) an outcome may stand after the counted noun, and before the number, in the same clause. */
    private static final int OUTCOME_AFTER = 8;
    private static final int OUTCOME_BEFORE = 6;
    /** Words back from a number to "toll": "the death toll from the ferry that sank on the lake rose to 17". */
    private static final int TOLL_WINDOW = 16;
    /** Words back from a number in which a tense or total word still applies to it. */
    private static final int WINDOW = 10;

    private FigureReader() {
    }

    private static Set<String> stems(String... words) {
        return java.util.Arrays.stream(words).map(Words::stem).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** @param lower the text lower-cased; {@code word} is its stem */
    private record Token(String text, String lower, String word, int start, int end) {
    }

    static List<Figure> read(String sentence, int sentenceIndex) {
        List<Token> tokens = tokens(sentence);
        List<Figure> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Long value = count(sentence, tokens, i);
            if (value == null) {
                continue;
            }
            Figure f = counted(sentence, tokens, i, value, sentenceIndex);
            if (f == null) {
                f = afterToll(tokens, i, value, sentenceIndex);
            }
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /** The number at {@code i} if it can be a count: not an ordinal, year, age, decimal or end of a range. */
    private static Long count(String sentence, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        Long value = number(t.lower());
        if (value == null) {
            return null;
        }
        boolean digits = Character.isDigit(t.text().charAt(0));
        if (digits && t.end() < sentence.length() && Character.isLetter(sentence.charAt(t.end()))) {
            return null;  // 62nd, 10am, 5G
        }
        if (digits && t.text().length() == 4 && value >= 1800 && value <= 2100) {
            return null;  // a year
        }
        if (i + 2 < tokens.size() && RANGE_JOINS.contains(tokens.get(i + 1).lower())
                && number(tokens.get(i + 2).lower()) != null) {
            return null;  // the start of "10 to 12 people", "between 5 and 8"
        }
        if (i >= 2 && RANGE_JOINS.contains(tokens.get(i - 1).lower()) && number(tokens.get(i - 2).lower()) != null) {
            return null;  // the end of a range
        }
        if (i + 2 < tokens.size() && (tokens.get(i + 1).lower().equals("and") || tokens.get(i + 1).lower().equals("or"))
                && OPEN_ENDS.contains(tokens.get(i + 2).lower())) {
            return null;  // "4 and under", "65 or older"
        }
        for (int k = Math.max(0, i - 2); k <= Math.min(tokens.size() - 1, i + 2); k++) {
            if (k != i && AGE_WORDS.contains(tokens.get(k).lower())) {
                return null;
            }
        }
        if (i + 2 < tokens.size() && tokens.get(i + 1).word().equals("year") && tokens.get(i + 2).lower().equals("old")) {
            return null;
        }
        return value;
    }

    /** "at least 40 people ... dead", "killed 5 attackers": the noun within two words after the number. */
    private static Figure counted(String sentence, List<Token> tokens, int at, long value, int sentenceIndex) {
        for (int j = at + 1; j <= Math.min(at + 3, tokens.size() - 1); j++) {
            String w = tokens.get(j).word();
            String kind = KINDS.get(w);
            if (kind != null) {
                String outcome = outcomeInClause(tokens, at, j);
                if (outcome == null) {
                    return null;
                }
                int from = qualifierStart(tokens, at);
                String phrase = sentence.substring(tokens.get(from).start(), tokens.get(j).end());
                boolean total = isTotalQualifier(tokens, from, at) || hasTotalWord(tokens, at);
                return new Figure(value, phrase, kind, outcome, tense(tokens, from), total, sentenceIndex);
            }
            if (isBreak(w) || number(tokens.get(j).lower()) != null || NOT_MODIFIERS.contains(tokens.get(j).lower())
                    || TIME_UNITS.contains(w) || OUTCOMES.containsKey(w)) {
                return null;
            }
        }
        return null;
    }

    /** "the death toll ... rose to 27", "the number of people killed at 14". */
    private static Figure afterToll(List<Token> tokens, int at, long value, int sentenceIndex) {
        if (at + 1 < tokens.size() && !isBreak(tokens.get(at + 1).word())
                && (TIME_UNITS.contains(tokens.get(at + 1).word()) || KINDS.containsKey(tokens.get(at + 1).word()))) {
            return null;
        }
        String kind = null;
        String outcome = null;
        boolean toll = false;
        for (int j = at - 1; j >= Math.max(0, at - TOLL_WINDOW); j--) {
            String w = tokens.get(j).word();
            if (isClauseBreak(w) || (j < at - 1 && number(tokens.get(j).lower()) != null)) {
                break;
            }
            if (w.equals("toll") || (w.equals("number") && j + 1 < at && tokens.get(j + 1).lower().equals("of"))) {
                toll = true;
            }
            kind = kind == null ? KINDS.get(w) : kind;
            outcome = outcome == null ? OUTCOMES.get(w) : outcome;
        }
        if (!toll || outcome == null) {
            return null;
        }
        int from = qualifierStart(tokens, at);
        String phrase = String.join(" ", tokens.subList(from, at + 1).stream().map(Token::text).toList());
        return new Figure(value, phrase, kind == null ? "people" : kind, outcome, tense(tokens, from), true,
                sentenceIndex);
    }

    /**
     * The outcome nearest the figure in its clause: after the noun (across a coordinated count, "4 captives and 6
     * gunmen had been killed") or just before the number ("killed 5 attackers", "left 40 people dead").
     */
    private static String outcomeInClause(List<Token> tokens, int number, int noun) {
        boolean object = number > 0 && PREPOSITIONS.contains(tokens.get(qualifierStart(tokens, number) > 0
                ? qualifierStart(tokens, number) - 1 : 0).lower());
        boolean crossedCount = false;
        for (int k = noun + 1; k < tokens.size() && k <= noun + OUTCOME_AFTER; k++) {
            String w = tokens.get(k).word();
            if (isClauseBreak(w)) {
                break;
            }
            crossedCount |= number(tokens.get(k).lower()) != null;
            String outcome = OUTCOMES.get(w);
            if (outcome != null) {
                // "given to 2,000 people and 3 patients died": the outcome is the second count's, not the first's
                return crossedCount && object ? null : outcome;
            }
        }
        for (int k = number - 1; k >= 0 && k >= number - OUTCOME_BEFORE; k--) {
            String w = tokens.get(k).word();
            if (isClauseBreak(w)) {
                break;
            }
            String outcome = OUTCOMES.get(w);
            if (outcome != null) {
                return outcome;
            }
        }
        return null;
    }

    /** The nearest tense word before the figure, within the window and its clause. */
    private static Figure.Tense tense(List<Token> tokens, int from) {
        for (int j = from - 1; j >= Math.max(0, from - WINDOW); j--) {
            String w = tokens.get(j).lower();
            if (isClauseBreak(w)) {
                break;
            }
            if (EARLIER.contains(w)) {
                return Figure.Tense.EARLIER;
            }
            if (LATER.contains(w)) {
                return Figure.Tense.LATER;
            }
        }
        return Figure.Tense.PLAIN;
    }

    private static boolean isTotalQualifier(List<Token> tokens, int from, int at) {
        String q = String.join(" ", tokens.subList(from, at).stream().map(Token::lower).toList());
        return q.equals("at least") || q.equals("all");
    }

    private static boolean hasTotalWord(List<Token> tokens, int at) {
        for (int j = at - 1; j >= Math.max(0, at - WINDOW); j--) {
            if (isClauseBreak(tokens.get(j).lower())) {
                return false;
            }
            if (TOTAL_WORDS.contains(tokens.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    private static int qualifierStart(List<Token> tokens, int at) {
        for (List<String> q : QUALIFIERS) {
            int from = at - q.size();
            if (from < 0) {
                continue;
            }
            boolean matches = true;
            for (int k = 0; k < q.size(); k++) {
                matches &= tokens.get(from + k).lower().equals(q.get(k));
            }
            if (matches) {
                return from;
            }
        }
        return at;
    }

    private static boolean isBreak(String w) {
        return isClauseBreak(w) || w.equals(",");
    }

    private static boolean isClauseBreak(String w) {
        return w.equals(";") || w.equals(":") || w.equals("(") || w.equals(")") || w.equals("—") || w.equals("–");
    }

    /** The value of digits ("1,200") or a number word ("twenty-three"); null for anything else, "dozens" too. */
    static Long number(String word) {
        if (!word.isEmpty() && Character.isDigit(word.charAt(0))) {
            if (!word.matches("\\d{1,3}(,\\d{3})*|\\d+")) {
                return null;
            }
            try {
                return Long.parseLong(word.replace(",", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        boolean plural = word.endsWith("s") && NumberWords.value(word.substring(0, word.length() - 1)).isPresent();
        OptionalLong v = NumberWords.value(word);
        return plural || v.isEmpty() ? null : v.getAsLong();
    }

    private static List<Token> tokens(String sentence) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            String text = m.group();
            if (text.endsWith(",") && text.length() > 1) {
                text = text.substring(0, text.length() - 1);  // "23," is 23 followed by a comma
            }
            String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
            String word = Character.isLetter(lower.charAt(0)) ? STEMS.get(lower, Words::stem) : lower;
            out.add(new Token(text, lower, word, m.start(), m.start() + text.length()));
            if (text.length() < m.group().length()) {
                out.add(new Token(",", ",", ",", m.start() + text.length(), m.end()));
            }
        }
        return out;
    }
}
