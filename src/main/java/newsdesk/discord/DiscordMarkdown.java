package newsdesk.discord;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsdesk.text.DisplayText;

/**
 * Makes text from articles and users inert in a Discord message: no formatting, no masked links, no mentions.
 * Our own markup (bold titles, {@code [n]} markers, {@code <url>} links) is added around the escaped text.
 */
final class DiscordMarkdown {
    static final char ZERO_WIDTH_SPACE = '\u200B';
    static final Pattern MARKER = Pattern.compile("\\[\\d{1,3}]");
    private static final Pattern SAFE_URL = Pattern.compile("https?://[^\\s<>\"'`\\\\]{1,500}");
    private static final String ALWAYS_ESCAPED = "\\*_~|`>[]()";
    private static final Pattern UNESCAPE = Pattern.compile("\\\\([\\\\*_~|`>\\[\\]()#+-])");
    private static final Pattern NOTICE_AT_END = Pattern.compile("\n\n\\*[^\n]*\\*\\s*$");

    private DiscordMarkdown() {
    }

    /**
     * Plain text shown as written: characters that reorder or hide text taken out and look-alike mentions made plain
     * ({@link DisplayText}), then markdown characters escaped and mentions broken with a zero-width space.
     */
    static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        text = DisplayText.clean(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ALWAYS_ESCAPED.indexOf(c) >= 0 || (lineStart && (c == '#' || c == '-' || c == '+'))) {
                out.append('\\').append(c);
            } else if (c == '@' && (text.startsWith("everyone", i + 1) || text.startsWith("here", i + 1))) {
                out.append(c).append(ZERO_WIDTH_SPACE);
            } else if (c == '<' && i + 1 < text.length() && "@#/:".indexOf(text.charAt(i + 1)) >= 0) {
                // <@user>, <@!user>, <@&role>, <#channel>, </command:id>, <:emoji:id>
                out.append(c).append(ZERO_WIDTH_SPACE);
            } else {
                out.append(c);
            }
            if (c == '\n') {
                lineStart = true;
            } else if (c != ' ' && c != '\t') {
                lineStart = false;
            }
        }
        return out.toString();
    }

    /** Like {@link #escape} but keeps citation markers such as {@code [2]} working. */
    static String escapeKeepingMarkers(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        Matcher m = MARKER.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(escape(text.substring(last, m.start()))).append(m.group());
            last = m.end();
        }
        return out.append(escape(text.substring(last))).toString();
    }

    /** The one line form of a text: whitespace runs (newlines too) become one space. */
    static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    /** At most max characters, cut at a word where possible, with an ellipsis when cut. Apply before escaping. */
    static String truncate(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }

    /** A link Discord shows without a preview, or null when the url is not a plain http(s) address. */
    static String link(String url) {
        String u = safeUrl(url);
        return u == null ? null : "<" + u + ">";
    }

    /** The url when it is a plain http(s) address, else null. */
    static String safeUrl(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        return SAFE_URL.matcher(u).matches() ? u : null;
    }

    /**
     * The answer text of a message the bot sent, as it was before rendering: without the sources listed under it
     * (older messages), the notice in italics, and the escapes {@link #escape} added.
     */
    static String answerText(String content) {
        if (content == null) {
            return "";
        }
        String text = content;
        int sources = text.indexOf("\n\n**Sources**");
        if (sources >= 0) {
            text = text.substring(0, sources);
        }
        text = NOTICE_AT_END.matcher(text).replaceFirst("");
        return UNESCAPE.matcher(text.replace(String.valueOf(ZERO_WIDTH_SPACE), "")).replaceAll("$1").strip();
    }

    /** Text that will be shown without markdown (thread names, button labels): only mentions need breaking. */
    static String withoutMentions(String text) {
        if (text == null) {
            return "";
        }
        return DisplayText.clean(text).replace("@everyone", "@" + ZERO_WIDTH_SPACE + "everyone")
                .replace("@here", "@" + ZERO_WIDTH_SPACE + "here")
                .replaceAll("<([@#/:])", "<" + ZERO_WIDTH_SPACE + "$1");
    }
}
