package newsdesk.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text from articles made fit to show a person: no characters that reorder or hide what is shown, and mentions
 * written in look-alike forms turned into the plain form, so that the escaping that makes mentions inert (Discord)
 * sees them for what they look like. Data (a JSON citation's quote) is left verbatim; this is for what is rendered.
 */
public final class DisplayText {
    /**
     * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), the directional marks
     * (U+200E, U+200F, U+061C), and zero-width characters (U+200B–U+200D, U+2060–U+2064, U+FEFF, U+180E).
     */
    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C\\u200B-\\u200D\\u2060-\\u2064\\uFEFF\\u180E]");
    /** An at sign, or one of its look-alikes (fullwidth, small), and the word after it. */
    private static final Pattern MENTION = Pattern.compile("[@\\uFF20\\uFE6B]([\\p{L}\\p{N}_]{1,32})");

    private DisplayText() {
    }

    /** The text without invisible formatting characters, with look-alike mentions in their plain form. */
    public static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return plainMentions(INVISIBLE.matcher(text).replaceAll(""));
    }

    /**
     * {@code ＠everyone} or {@code @ｅｖｅｒｙｏｎｅ} (fullwidth) become {@code @everyone}; any other word after a
     * look-alike at sign keeps its letters but gets the plain {@code @}.
     */
    static String plainMentions(String text) {
        Matcher m = MENTION.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String word = m.group(1);
            String folded = Normalizer.normalize(word, Normalizer.Form.NFKC);
            String plain = "@" + (folded.toLowerCase(Locale.ROOT).equals("everyone")
                    || folded.toLowerCase(Locale.ROOT).equals("here") ? folded.toLowerCase(Locale.ROOT) : word);
            if (plain.equals(m.group())) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, m.start()).append(plain);
            last = m.end();
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }
}
