package newsdesk.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Words that carry meaning: lower-cased, stop words dropped, plurals folded ("hostages" and "hostage" match). */
final class Terms {
    private static final Set<String> STOP = Set.of(
            "a", "about", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
            "be", "because", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do",
            "does", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her",
            "here", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "may", "me",
            "more", "most", "much", "must", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only",
            "or", "other", "our", "out", "over", "own", "said", "same", "say", "says", "she", "should", "since", "so",
            "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those",
            "through", "to", "too", "under", "until", "up", "upon", "very", "was", "we", "were", "what", "when",
            "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yet", "within",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "day", "days",
            "told", "according", "reported", "new", "two", "three", "first", "last", "year", "years");

    /** Words ending in s that are not plurals. */
    private static final Set<String> NOT_PLURAL = Set.of("news", "series", "species", "means", "always", "perhaps",
            "various", "whereas", "thus", "politics", "economics", "physics", "sometimes", "afterwards", "towards");

    private Terms() {
    }

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || isInnerApostrophe(text, i))) {
                i++;
            }
            if (i > start) {
                String word = normalise(text.substring(start, i));
                if (word.length() > 1 && !STOP.contains(word)) {
                    out.add(word);
                }
            }
        }
        return out;
    }

    static String normalise(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        return fold(w);
    }

    /** A light plural fold: enough to match "militants"/"militant", "casualties"/"casualty". */
    static String fold(String w) {
        if (NOT_PLURAL.contains(w)) {
            return w;
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static boolean isInnerApostrophe(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '’') && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
    }
}
