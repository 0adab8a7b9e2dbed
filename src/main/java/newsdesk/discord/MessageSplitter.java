package newsdesk.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Cuts text into pieces that fit a Discord message. Cuts fall between sentences; a sentence keeps its citation
 * markers ("... died [1]." or "... died. [1][2]"), and a marker is never cut in two.
 */
final class MessageSplitter {
    private MessageSplitter() {
    }

    static List<String> split(String text, int limit) {
        if (limit < 16) {
            throw new IllegalArgumentException("limit too small: " + limit);
        }
        String rest = text.strip();
        List<String> pieces = new ArrayList<>();
        while (rest.length() > limit) {
            int cut = lastCutAtOrBefore(rest, limit, true);
            if (cut <= 0) {
                cut = lastCutAtOrBefore(rest, limit, false);
            }
            if (cut <= 0) {
                cut = hardCut(rest, limit);
            }
            pieces.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    /**
     * The end of the longest prefix of at most limit characters that ends at an allowed cut: whitespace after a
     * sentence (or any word, when sentencesOnly is false) that is not followed by a citation marker.
     */
    private static int lastCutAtOrBefore(String text, int limit, boolean sentencesOnly) {
        for (int i = Math.min(limit, text.length() - 1); i > 0; i--) {
            if (!Character.isWhitespace(text.charAt(i)) || Character.isWhitespace(text.charAt(i - 1))) {
                continue;
            }
            int next = i;
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (startsWithMarker(text, next)) {
                continue;
            }
            if (!sentencesOnly || endsSentence(text, i) || text.substring(i, next).contains("\n")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWithMarker(String text, int at) {
        Matcher m = DiscordMarkdown.MARKER.matcher(text);
        return m.region(at, text.length()).lookingAt();
    }

    /** True if the text before end is a sentence end, possibly followed by its markers. */
    private static boolean endsSentence(String text, int end) {
        int i = end;
        while (i > 0) {
            char c = text.charAt(i - 1);
            if (c == ']') {
                int open = text.lastIndexOf('[', i - 1);
                if (open >= 0 && DiscordMarkdown.MARKER.matcher(text.substring(open, i)).matches()) {
                    i = open;
                    continue;
                }
                return false;
            }
            if (c == ' ') {
                i--;
                continue;
            }
            break;
        }
        while (i > 0 && "\"'”’)*_".indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        return i > 0 && ".!?…".indexOf(text.charAt(i - 1)) >= 0;
    }

    /** No whitespace to cut at: cut at the limit, but not inside a marker or a surrogate pair. */
    private static int hardCut(String text, int limit) {
        int cut = limit;
        int open = text.lastIndexOf('[', cut - 1);
        if (open >= 0) {
            Matcher m = DiscordMarkdown.MARKER.matcher(text);
            if (m.region(open, text.length()).lookingAt() && m.end() > cut && open > 0) {
                cut = open;
            }
        }
        if (Character.isLowSurrogate(text.charAt(cut)) && cut > 1) {
            cut--;
        }
        // never leave a lone escaping backslash at the end of a piece
        if (text.charAt(cut - 1) == '\\' && cut > 1) {
            cut--;
        }
        return cut;
    }
}
