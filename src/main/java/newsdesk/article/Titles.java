package newsdesk.article;

import java.util.List;

/**
 * A title for an article that has none: its first line when that looks like a headline (at most
 * {@value #MAX_HEADLINE_CHARS} characters, not ending like a sentence with {@code . , ; :} or an ellipsis, and
 * followed by more text), which then leaves the body; otherwise its first sentence, shortened, which stays.
 */
final class Titles {
    static final int MAX_HEADLINE_CHARS = 120;
    static final int MAX_SENTENCE_TITLE_CHARS = 150;

    /** A title and the body left after taking it. */
    record Titled(String title, String body) {
    }

    private Titles() {
    }

    /** {@code body} is normalised and not blank. */
    static Titled fromBody(String body) {
        int lineEnd = body.indexOf('\n');
        if (lineEnd > 0) {
            String firstLine = body.substring(0, lineEnd).strip();
            String rest = body.substring(lineEnd + 1).strip();
            if (looksLikeHeadline(firstLine) && !rest.isEmpty()) {
                return new Titled(BodyText.oneLine(firstLine), rest);
            }
        }
        List<Sentence> sentences = SentenceSplitter.split(body);
        return new Titled(shorten(sentences.get(0).text()), body);
    }

    static boolean looksLikeHeadline(String line) {
        if (line.isEmpty() || line.length() > MAX_HEADLINE_CHARS || line.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return false;
        }
        String end = line.replaceAll("[\"'”’»)\\]]+$", "");
        return !(end.endsWith(".") || end.endsWith(",") || end.endsWith(";") || end.endsWith(":") || end.endsWith("…"));
    }

    private static String shorten(String sentence) {
        String s = BodyText.oneLine(sentence);
        if (s.length() <= MAX_SENTENCE_TITLE_CHARS) {
            return s;
        }
        int cut = s.lastIndexOf(' ', MAX_SENTENCE_TITLE_CHARS - 1);
        return s.substring(0, cut > MAX_SENTENCE_TITLE_CHARS / 2 ? cut : MAX_SENTENCE_TITLE_CHARS - 1).strip() + "…";
    }
}
