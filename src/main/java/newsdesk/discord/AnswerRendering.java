package newsdesk.discord;

import static newsdesk.discord.DiscordMarkdown.escape;
import static newsdesk.discord.DiscordMarkdown.oneLine;
import static newsdesk.discord.DiscordMarkdown.truncate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import newsdesk.answer.Answer;
import newsdesk.answer.Citation;

/**
 * An answer as Discord messages: the text with its {@code [n]} markers, the notice in italics, then a numbered list
 * of sources (title, source, date, link, and the quote when it is short).
 *
 * <p>Answers go in message content rather than embeds: content keeps the markers and the sources in one readable,
 * copyable text, and a limit of 2,000 characters per message is easy to respect by splitting; embeds would add a
 * second set of limits (4,096 per description, 6,000 per message) for no gain in readability.
 */
final class AnswerRendering {
    static final int MESSAGE_LIMIT = 2000;
    static final int QUOTE_LIMIT = 300;
    private static final int TITLE_LIMIT = 200;
    private static final int SOURCE_LIMIT = 80;
    private static final String SOURCES_HEADING = "**Sources**";

    private AnswerRendering() {
    }

    static List<String> render(Answer answer) {
        return render(answer, MESSAGE_LIMIT);
    }

    static List<String> render(Answer answer, int limit) {
        String said = answer.answer() == null ? "" : answer.answer().strip();
        StringBuilder text = new StringBuilder(DiscordMarkdown.escapeKeepingMarkers(said));
        if (answer.notice() != null && !answer.notice().isBlank()) {
            text.append("\n\n*").append(escape(oneLine(answer.notice()))).append('*');
        }
        List<String> messages = new ArrayList<>(MessageSplitter.split(text.toString(), limit));
        if (messages.isEmpty()) {
            messages.add("…");
        }
        if (answer.abstained() || answer.citations().isEmpty()) {
            return messages;
        }
        appendSources(messages, answer.citations(), limit);
        return messages;
    }

    /** The sources go under the last piece of text when they fit there, else into messages of their own. */
    private static void appendSources(List<String> messages, List<Citation> citations, int limit) {
        List<String> entries = citations.stream()
                .sorted(Comparator.comparingInt(Citation::n))
                .map(c -> sourceEntry(c, limit))
                .toList();
        String lastText = messages.remove(messages.size() - 1);
        String underText = lastText + "\n\n" + SOURCES_HEADING;
        StringBuilder current;
        if (underText.length() + 1 + entries.get(0).length() <= limit) {
            current = new StringBuilder(underText);
        } else {
            messages.add(lastText);
            current = new StringBuilder(SOURCES_HEADING);
        }
        for (String entry : entries) {
            if (current.length() + 1 + entry.length() > limit) {
                messages.add(current.toString());
                current = new StringBuilder(entry);
            } else {
                current.append('\n').append(entry);
            }
        }
        messages.add(current.toString());
    }

    /** One numbered source; with its quote when the quote is short and the entry still fits a message. */
    static String sourceEntry(Citation c, int limit) {
        StringBuilder line = new StringBuilder("[").append(c.n()).append("] **")
                .append(escape(truncate(oneLine(c.title()), TITLE_LIMIT))).append("**");
        List<String> details = new ArrayList<>();
        if (c.source() != null && !c.source().isBlank()) {
            details.add(escape(truncate(oneLine(c.source()), SOURCE_LIMIT)));
        }
        String date = date(c.published());
        if (!date.isEmpty()) {
            details.add(date);
        }
        if (!details.isEmpty()) {
            line.append(" — ").append(String.join(", ", details));
        }
        String link = DiscordMarkdown.link(c.url());
        if (link != null) {
            line.append(' ').append(link);
        }
        String quote = oneLine(c.quote());
        if (!quote.isEmpty() && quote.length() <= QUOTE_LIMIT) {
            String withQuote = line + "\n> “" + escape(quote) + "”";
            if (withQuote.length() <= limit - SOURCES_HEADING.length() - 1) {
                return withQuote;
            }
        }
        return line.toString();
    }

    /** The date part of an ISO date or date-time; other text as written. */
    static String date(String published) {
        if (published == null || published.isBlank()) {
            return "";
        }
        String p = oneLine(published);
        if (p.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return p.substring(0, 10);
        }
        return escape(truncate(p, 40));
    }
}
