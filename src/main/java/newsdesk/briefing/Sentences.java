package newsdesk.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import newsdesk.article.Sentence;

/**
 * Splits article text into sentences with their offsets. Stand-in until the article package's splitter is on main:
 * a line break ends a sentence; within a line, {@code . ? !} (with closing quotes) followed by a space and a capital,
 * digit or opening quote ends one, unless the word before is a known abbreviation or dotted initials (U.S.).
 */
final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "gov", "sen", "rep",
            "col", "lt", "sgt", "capt", "prof", "jr", "sr", "inc", "ltd", "co", "corp", "no", "vs", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private Sentences() {
    }

    static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            splitLine(text, lineStart, lineEnd, out);
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private static void splitLine(String text, int from, int to, List<Sentence> out) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '?' && c != '!') {
                continue;
            }
            int end = i + 1;
            while (end < to && isCloser(text.charAt(end))) {
                end++;
            }
            if (end < to && Character.isWhitespace(text.charAt(end)) && startsSentence(text, end, to)
                    && !(c == '.' && isAbbreviation(text, start, i))) {
                emit(text, start, end, out);
                start = end;
                i = end - 1;
            }
        }
        emit(text, start, to, out);
    }

    private static boolean startsSentence(String text, int from, int to) {
        int j = from;
        while (j < to && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        if (j >= to) {
            return false;
        }
        char n = text.charAt(j);
        return Character.isUpperCase(n) || Character.isDigit(n) || "\"“‘'(".indexOf(n) >= 0;
    }

    private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
        int w = dot;
        while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, dot);
        if (word.matches("(\\p{L}\\.)*\\p{L}")) {
            return word.length() > 1 || Character.isUpperCase(word.charAt(0));
        }
        return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isCloser(char c) {
        return "\"'”’)]".indexOf(c) >= 0;
    }

    private static void emit(String text, int start, int end, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(start, end, text.substring(start, end)));
        }
    }
}
