package newsdesk.answer.extractive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.EnglishStemmer;

/** Tokenising, stemming and the small word lists the offline answerer reasons with. */
final class Words {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.'’\\-][\\p{L}\\p{N}]+)*\\.?");

    static final Set<String> STOP = Set.copyOf(java.util.Arrays.asList(
            "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into",
            "about", "as", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "have",
            "has", "had", "having", "it", "its", "this", "that", "these", "those", "there", "their", "they", "them",
            "he", "she", "his", "her", "him", "we", "us", "our", "you", "your", "i", "me", "my", "what", "which", "who",
            "whom", "whose", "when", "where", "why", "how", "many", "much", "any", "some", "all", "so", "than", "then",
            "can", "could", "would", "should", "will", "shall", "may", "might", "must", "not", "no", "yes", "also",
            "up", "out", "over", "after", "before", "during", "while", "said", "say", "says", "tell", "me", "please",
            "according", "total", "kind", "sort", "happen", "happened", "anyone", "anything", "s"));

    private static final Set<String> NUMBER_WORDS = Set.of(
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
            "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands",
            "million", "millions", "billion", "dozen", "dozens");

    static final Set<String> TIME_UNITS = Set.of(
            "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
            "year", "years", "decade", "decades", "overnight");

    static final Set<String> WEEKDAYS_AND_MONTHS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "june", "july", "august", "september", "october", "november", "december",
            "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "yesterday", "today", "tonight", "ago", "earlier",
            "morning", "evening", "afternoon", "night", "dawn", "midnight", "noon", "weekend");

    private static final java.util.Map<String, String> UNITED = java.util.Map.of(
            "states", "us", "kingdom", "uk", "nations", "un", "arab", "uae");

    private Words() {
    }

    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        EnglishStemmer stemmer = new EnglishStemmer();
        while (m.find()) {
            String raw = m.group();
            int end = m.end();
            if (raw.endsWith(".") && !isAbbreviation(raw)) {
                raw = raw.substring(0, raw.length() - 1);
                end--;
            }
            if (raw.isEmpty()) {
                continue;
            }
            String lower = raw.toLowerCase(Locale.ROOT).replace('’', '\'');
            boolean number = isNumber(lower);
            Token token = new Token(raw, Lexicon.canonical(stem(stemmer, lower)), m.start(), end, Character.isUpperCase(raw.codePointAt(0)), number);
            Token previous = out.isEmpty() ? null : out.get(out.size() - 1);
            String united = previous != null && previous.lower().equals("united") ? UNITED.get(lower) : null;
            if (united != null) {
                out.set(out.size() - 1, new Token(text.substring(previous.start(), end), united, previous.start(), end, true, false));
            } else {
                out.add(token);
            }
        }
        return out;
    }

    /** The stems of the words that carry meaning (stop words dropped), in order, without repeats. */
    static List<String> contentStems(String text) {
        List<String> out = new ArrayList<>();
        for (Token t : tokens(text)) {
            for (String part : parts(t)) {
                if (!out.contains(part)) {
                    out.add(part);
                }
            }
        }
        return out;
    }

    /** A token's own stem plus, for "hostage-takers" or "U.K.", the stems of its parts. */
    static List<String> parts(Token t) {
        List<String> parts = new ArrayList<>();
        if (!STOP.contains(t.lower())) {
            parts.add(Lexicon.canonical(t.stem()));
        }
        if (t.text().indexOf('-') > 0) {
            EnglishStemmer stemmer = new EnglishStemmer();
            for (String p : t.lower().split("-")) {
                if (!p.isEmpty() && !STOP.contains(p)) {
                    String s = Lexicon.canonical(stem(stemmer, p));
                    if (!parts.contains(s)) {
                        parts.add(s);
                    }
                }
            }
        }
        return parts;
    }

    static String stem(String word) {
        return stem(new EnglishStemmer(), word.toLowerCase(Locale.ROOT));
    }

    private static String stem(EnglishStemmer stemmer, String lower) {
        String w = lower.endsWith("'s") ? lower.substring(0, lower.length() - 2) : lower;
        if (w.contains(".")) {
            return w.replace(".", "");
        }
        if (w.chars().anyMatch(Character::isDigit)) {
            return w;
        }
        stemmer.setCurrent(w);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    static boolean isNumber(String lower) {
        String w = lower.replace(",", "");
        if (w.chars().allMatch(Character::isDigit) && !w.isEmpty()) {
            return true;
        }
        if (NUMBER_WORDS.contains(w)) {
            return true;
        }
        int dash = w.indexOf('-');
        return dash > 0 && (isNumber(w.substring(0, dash)) || NUMBER_WORDS.contains(w.substring(dash + 1)));
    }

    /** A four-digit year such as 2013 (a date, not a count). */
    static boolean isYear(Token t) {
        String s = t.text();
        return s.length() == 4 && s.chars().allMatch(Character::isDigit) && (s.startsWith("19") || s.startsWith("20"));
    }

    private static boolean isAbbreviation(String raw) {
        // "U.S." and "U.K." keep their final period; "Saturday." does not.
        return raw.length() <= 6 && raw.chars().filter(c -> c == '.').count() >= 2;
    }
}
