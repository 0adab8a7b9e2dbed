package newsdesk.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Splits a model's reply into sentences, keeping each sentence's {@code [n]} markers with it whether they stand
 * before the full stop ({@code ... freed [2].}) or after it ({@code ... freed. [2]}). Line breaks end sentences;
 * list bullets and bold markup are dropped.
 */
final class ReplySentences {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt",
            "capt", "gov", "sen", "rep", "prof", "jr", "sr", "inc", "co", "corp", "ltd", "mt", "ft", "vs",
            "etc", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "dept");
    private static final String CLOSERS = "\"'”’)]";

    private ReplySentences() {
    }

    static List<ClaimSentence> split(String reply) {
        List<ClaimSentence> out = new ArrayList<>();
        for (String rawLine : reply.replace("\r", "").split("\n")) {
            String line = rawLine.replace("**", "").replaceFirst("^\\s*(?:[-*•]|\\d+[.)])\\s+", "").strip();
            for (String s : splitLine(line)) {
                ClaimSentence sentence = ClaimSentence.of(s);
                boolean markersOnly = sentence.claim().codePoints().noneMatch(Character::isLetter);
                if (markersOnly && sentence.hasMarkers() && !out.isEmpty()) {
                    // "... freed.\n[2]": the markers belong to the sentence above
                    out.set(out.size() - 1, ClaimSentence.of(out.get(out.size() - 1).text() + " " + s));
                } else if (!markersOnly) {
                    out.add(sentence);
                }
            }
        }
        return out;
    }

    private static List<String> splitLine(String line) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                int end = i + 1;
                while (end < line.length() && CLOSERS.indexOf(line.charAt(end)) >= 0 && line.charAt(end) != ']') {
                    end++;
                }
                end = afterMarkers(line, end);
                int next = skipSpaces(line, end);
                if (next > end && next < line.length() && !Character.isLowerCase(line.charAt(next))
                        && !(c == '.' && isAbbreviation(line, i))) {
                    out.add(line.substring(start, end).strip());
                    start = next;
                    i = next;
                    continue;
                }
            }
            i++;
        }
        String last = line.substring(start).strip();
        if (!last.isEmpty()) {
            out.add(last);
        }
        return out;
    }

    /** Markers that follow a full stop belong to the sentence before it. */
    private static int afterMarkers(String line, int from) {
        int pos = from;
        while (true) {
            int at = skipSpaces(line, pos);
            Matcher m = ClaimSentence.MARKER.matcher(line).region(at, line.length());
            if (!m.lookingAt()) {
                return pos;
            }
            pos = m.end();
        }
    }

    private static int skipSpaces(String line, int from) {
        int i = from;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    /** "Mr.", "e.g." or an initial such as the "S." of "U.S." does not end a sentence. */
    private static boolean isAbbreviation(String line, int dot) {
        int start = dot;
        while (start > 0 && Character.isLetter(line.charAt(start - 1))) {
            start--;
        }
        String word = line.substring(start, dot);
        boolean dotted = start > 0 && line.charAt(start - 1) == '.';  // the "g." of "e.g."
        if (dotted || word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
