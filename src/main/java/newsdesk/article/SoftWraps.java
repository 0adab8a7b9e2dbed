package newsdesk.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins hard-wrapped lines of a text or Markdown file back into one line per paragraph, because every line break
 * ends a sentence. A line continues onto the next when it is at least {@value #MIN_WRAPPED_LINE_CHARS} characters
 * long (short lines, like a byline or a dateline, are meant to stand alone), does not end like a sentence or with
 * a Markdown hard break, is not a heading, and the next line does not start a block (heading, list item, quote,
 * table row).
 */
final class SoftWraps {
    static final int MIN_WRAPPED_LINE_CHARS = 40;
    private static final Pattern BLOCK_START = Pattern.compile("^\\s*(#|>|\\||[-*+•–]\\s|\\d{1,3}[.)]\\s).*");
    private static final Pattern QUOTE_LINE = Pattern.compile("^\\s*>\\s?");

    private SoftWraps() {
    }

    static List<String> join(List<String> lines) {
        List<String> joined = new ArrayList<>();
        String previousLine = null;
        for (String line : lines) {
            if (previousLine != null && continuesOnto(previousLine, line)) {
                String continuation = QUOTE_LINE.matcher(line).replaceFirst("").strip();
                int last = joined.size() - 1;
                joined.set(last, joined.get(last).stripTrailing() + " " + continuation);
            } else {
                joined.add(line);
            }
            previousLine = line;
        }
        return joined;
    }

    private static boolean continuesOnto(String previous, String next) {
        String p = previous.strip();
        if (p.isEmpty() || next.isBlank() || p.startsWith("#") || isHardBreak(previous)) {
            return false;
        }
        boolean quoteGoesOn = QUOTE_LINE.matcher(previous).lookingAt() && QUOTE_LINE.matcher(next).lookingAt();
        if (BLOCK_START.matcher(next).matches() && !quoteGoesOn) {
            return false;
        }
        return p.length() >= MIN_WRAPPED_LINE_CHARS && !endsLikeSentence(p);
    }

    private static boolean isHardBreak(String line) {
        return line.endsWith("  ") || line.endsWith("\\");
    }

    private static boolean endsLikeSentence(String line) {
        String s = line.replaceAll("[\"'”’»)\\]]+$", "");
        return s.isEmpty() || ".!?…:;".indexOf(s.charAt(s.length() - 1)) >= 0;
    }
}
