package newsdesk.article;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** The last step for every format's body: tidy lines and paragraph breaks so sentences and passages come out clean. */
final class BodyText {
    private static final Pattern EDGE_SPACE_OF_LINE = Pattern.compile("(?m)^[\\h]+|[\\h]+$");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private BodyText() {
    }

    /** NFC, LF line ends, no spaces at line ends, at most one blank line in a row, trimmed. */
    static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        s = EDGE_SPACE_OF_LINE.matcher(s).replaceAll("");
        s = BLANK_LINES.matcher(s).replaceAll("\n\n");
        return s.strip();
    }

    /** One line: NFC, whitespace runs as single spaces, trimmed. */
    static String oneLine(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\\h]+", " ").strip();
    }
}
