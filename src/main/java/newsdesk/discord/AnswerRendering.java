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
 * An answer as Discord messages: the text with its {@code [n]} markers and the notice in italics as message content
 * (split at sentence boundaries to fit 2,000 characters), and the sources as embeds under the last message
 * ({@link CitationEmbeds}). The text stays in content so it can be split, copied and read back (follow-ups after a
 * restart), and the markers keep pointing at the numbered embeds. The "Sources" button shows every quote in full
 * ({@link #sourcesListing}).
 */
final class AnswerRendering {
    static final int MESSAGE_LIMIT = 2000;
    static final int QUOTE_LIMIT = 300;
    private static final int TITLE_LIMIT = 200;
    private static final int SOURCE_LIMIT = 80;
    private static final String SOURCES_HEADING = "**Sources**";
    private static final String MORE_SOURCES_HEADING = "**More sources**";

    private AnswerRendering() {
    }

    static Reply render(Answer answer) {
        return render(answer, MESSAGE_LIMIT);
    }

    static Reply render(Answer answer, int limit) {
        List<String> messages = text(answer, limit);
        if (answer.abstained() || answer.citations().isEmpty()) {
            return Reply.texts(messages);
        }
        List<Citation> sorted = sorted(answer.citations());
        if (sorted.size() > CitationEmbeds.MAX_EMBEDS) {
            // more sources than embeds: the rest are listed under the text
            appendSources(messages, sorted.subList(CitationEmbeds.MAX_EMBEDS, sorted.size()), limit);
        }
        return new Reply(messages, CitationEmbeds.of(sorted), List.of());
    }

    /** The answer's text and notice, in messages that fit the limit. */
    static List<String> text(Answer answer, int limit) {
        String said = answer.answer() == null ? "" : answer.answer().strip();
        StringBuilder text = new StringBuilder(DiscordMarkdown.escapeKeepingMarkers(said));
        if (answer.notice() != null && !answer.notice().isBlank()) {
            text.append("\n\n*").append(escape(oneLine(answer.notice()))).append('*');
        }
        List<String> messages = new ArrayList<>(MessageSplitter.split(text.toString(), limit));
        if (messages.isEmpty()) {
            messages.add("…");
        }
        return messages;
    }

    /** Every source with its quote in full (split over messages when long): what the "Sources" button shows. */
    static List<String> sourcesListing(List<Citation> citations, int limit) {
        List<String> messages = new ArrayList<>();
        StringBuilder current = new StringBuilder(SOURCES_HEADING);
        for (Citation c : sorted(citations)) {
            for (String piece : MessageSplitter.split(sourceEntry(c, limit, Integer.MAX_VALUE), limit)) {
                if (current.length() + 1 + piece.length() > limit) {
                    messages.add(current.toString());
                    current = new StringBuilder(piece);
                } else {
                    current.append('\n').append(piece);
                }
            }
        }
        messages.add(current.toString());
        return messages;
    }

    private static List<Citation> sorted(List<Citation> citations) {
        return citations.stream().sorted(Comparator.comparingInt(Citation::n)).toList();
    }

    /** Sources listed as text under the last message when they fit there, else in messages of their own. */
    private static void appendSources(List<String> messages, List<Citation> citations, int limit) {
        String lastText = messages.remove(messages.size() - 1);
        StringBuilder current = new StringBuilder(lastText).append("\n\n").append(MORE_SOURCES_HEADING);
        for (Citation c : citations) {
            String entry = sourceEntry(c, limit, QUOTE_LIMIT);
            if (current.length() + 1 + entry.length() > limit) {
                messages.add(current.toString().strip());
                current = new StringBuilder(entry);
            } else {
                current.append('\n').append(entry);
            }
        }
        messages.add(current.toString().strip());
    }

    /** One numbered source; with its quote when the quote is at most quoteLimit long and the entry fits a message. */
    static String sourceEntry(Citation c, int limit, int quoteLimit) {
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
        if (!quote.isEmpty() && quote.length() <= quoteLimit) {
            String withQuote = line + "\n> “" + escape(quote) + "”";
            if (withQuote.length() <= limit - SOURCES_HEADING.length() - 1 || quoteLimit == Integer.MAX_VALUE) {
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
