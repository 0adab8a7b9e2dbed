package newsdesk.briefing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import newsdesk.answer.Citation;
import newsdesk.text.DisplayText;

/**
 * A briefing as Discord messages: a header, one block per story told (headline, cited sentences, its sources),
 * "What changed", the other stories one line each with a link, and one line of older articles that arrived. Messages stay within Discord's 2,000 characters; a story is kept whole in one message when it fits,
 * else it is split between sentences, never inside a sentence or its citation marks.
 */
final class BriefingText {
    static final int DISCORD_LIMIT = 2000;
    /** Room kept at the end of each scheduled message for its nonce line. */
    static final int FOOTER_ROOM = 40;
    /** A briefing is one message plus at most one continuation. */
    static final int MAX_MESSAGES = 2;
    static final int ALSO_ADDED_CHARS = 400;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm z", Locale.ENGLISH);

    private BriefingText() {
    }

    /** The scheduled briefing of a subscription: each message ends with a line holding its nonce. */
    static List<String> daily(Briefing b, LocalDate date, boolean late, ZoneId zone, String nonce) {
        String title = "📰 **Daily briefing · " + DAY.format(date) + "**" + topic(b) + (late ? " (late)" : "");
        List<String> messages = render(b, title, zone, DISCORD_LIMIT - FOOTER_ROOM, MAX_MESSAGES);
        List<String> out = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            out.add(messages.get(i) + "\n-# " + BriefingNonce.part(nonce, i));
        }
        return out;
    }

    /** A briefing asked for (the {@code brief} command, {@code /brief}). */
    static List<String> onDemand(Briefing b, ZoneId zone, int maxMessages) {
        return render(b, "📰 **Briefing**" + topic(b), zone, DISCORD_LIMIT, maxMessages);
    }

    /**
     * The briefing in at most {@code maxMessages} messages: when it is too long, the one-line stories go first (from
     * the last), then the told stories (from the last), so what stays is the most important.
     */
    static List<String> render(Briefing b, String title, ZoneId zone, int limit, int maxMessages) {
        String since = "since " + SINCE.format(b.since().atZone(zone));
        if (b.nothingNew()) {
            return List.of(title + ": nothing new " + since + "." + alsoAdded(b).map(l -> "\n" + l).orElse(""));
        }
        int shown = b.items().size();
        int lines = b.rest().size();
        while (true) {
            List<String> messages = MessagePacker.pack(blocks(b, title, since, shown, lines), limit);
            if (messages.size() <= maxMessages || (shown == 1 && lines == 0)) {
                return messages.size() <= maxMessages ? messages : messages.subList(0, maxMessages);
            }
            if (lines > 0) {
                lines--;
            } else {
                shown--;
            }
        }
    }

    private static List<String> blocks(Briefing b, String title, String since, int shown, int lines) {
        int total = Math.max(b.stories(), b.items().size() + b.rest().size());
        List<String> blocks = new ArrayList<>();
        blocks.add(title + "\n" + total + (total == 1 ? " story" : " stories") + " new " + since + "."
                + (shown < total ? " The " + shown + " biggest:" : "")
                + (b.notice() == null ? "" : "\n-# " + escape(b.notice())));
        for (int i = 0; i < shown; i++) {
            BriefingItem item = b.items().get(i);
            blocks.add("**" + (i + 1) + ". " + escape(item.headline()) + "**\n" + escape(item.summary()) + "\n"
                    + sources(item.citations()));
        }
        if (!b.changes().isEmpty()) {
            StringBuilder changes = new StringBuilder("**What changed**");
            List<Citation> cited = new ArrayList<>();
            for (FigureChange c : b.changes()) {
                changes.append("\n• ").append(escape(c.subject())).append(": ").append(escape(c.from())).append(" → ")
                        .append(escape(c.to())).append(" (").append(when(c)).append(")");
                for (Citation citation : c.citations()) {
                    changes.append(" [").append(citation.n()).append(']');
                    cited.add(citation);
                }
            }
            blocks.add(changes + "\n" + sources(cited));
        }
        List<BriefingLine> more = new ArrayList<>(b.items().subList(shown, b.items().size()).stream()
                .map(i -> new BriefingLine(i.headline(), i.citations().get(0).source(), i.citations().get(0).published(),
                        i.citations().get(0).url(), 1)).toList());
        more.addAll(b.rest().subList(0, lines));
        if (!more.isEmpty()) {
            StringBuilder sb = new StringBuilder("**Also in the news**");
            for (BriefingLine line : more) {
                sb.append("\n• ").append(line(line));
            }
            blocks.add(sb.toString());
        }
        alsoAdded(b).ifPresent(blocks::add);
        return blocks;
    }

    /** "over time, 18 Jan 2025 → 19 Jan 2025" or "across sources, same day". */
    static String when(FigureChange c) {
        String dates = c.fromDate() == null || c.toDate() == null ? ""
                : c.fromDate().equals(c.toDate()) ? ", both " + day(c.toDate()) : ", " + day(c.fromDate()) + " → "
                + day(c.toDate());
        return c.how().words() + dates + (c.toIsNewer() ? "" : "; which is newer is unknown");
    }

    /** A story or article on one line: its title, source, date and link. */
    static String line(BriefingLine line) {
        StringBuilder sb = new StringBuilder(escape(line.title()));
        String source = line.source() == null || line.source().isBlank() ? null : line.source();
        if (source != null || line.published() != null) {
            sb.append(" —");
            if (source != null) {
                sb.append(' ').append(escape(source));
            }
            if (line.published() != null && !line.published().isBlank()) {
                sb.append(source == null ? " " : ", ").append(day(line.published()));
            }
        }
        if (line.articles() > 1) {
            sb.append(" (").append(line.articles()).append(" articles)");
        }
        if (line.url() != null && !line.url().isBlank()) {
            sb.append(" <").append(line.url()).append('>');
        }
        return sb.toString();
    }

    /** Older articles that arrived, in one line: as many titles as fit in {@value #ALSO_ADDED_CHARS} characters. */
    static Optional<String> alsoAdded(Briefing b) {
        if (b.alsoAdded().isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder("-# Also added, published earlier: ");
        int listed = 0;
        for (BriefingLine a : b.alsoAdded()) {
            String entry = escape(a.title()) + (a.published() == null ? "" : " (" + day(a.published()) + ")");
            if (listed > 0 && sb.length() + entry.length() > ALSO_ADDED_CHARS) {
                break;
            }
            sb.append(listed == 0 ? "" : "; ").append(entry);
            listed++;
        }
        int more = b.alsoAdded().size() - listed;
        if (more > 0) {
            sb.append("; and ").append(more).append(" more");
        }
        return Optional.of(sb.append('.').toString());
    }

    /** One line per cited article: its numbers, source (or title), date and link. */
    static String sources(List<Citation> citations) {
        Map<String, List<Citation>> byArticle = new LinkedHashMap<>();
        for (Citation c : citations) {
            byArticle.computeIfAbsent(c.articleId(), k -> new ArrayList<>()).add(c);
        }
        StringBuilder sb = new StringBuilder();
        for (List<Citation> group : byArticle.values()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append("-# ");
            for (Citation c : group) {
                sb.append('[').append(c.n()).append(']');
            }
            Citation first = group.get(0);
            sb.append(' ').append(escape(first.source() == null || first.source().isBlank() ? first.title() : first.source()));
            if (first.published() != null && !first.published().isBlank()) {
                sb.append(", ").append(day(first.published()));
            }
            if (first.url() != null && !first.url().isBlank()) {
                sb.append(" <").append(first.url()).append('>');
            }
        }
        return sb.toString();
    }

    /** "2025-03-03T07:00:00Z" is shown as its date; anything else as given. */
    private static String day(String published) {
        return published.length() > 10 && published.charAt(10) == 'T' ? published.substring(0, 10) : published;
    }

    private static String topic(Briefing b) {
        return b.topic() == null ? "" : " · " + escape(b.topic());
    }

    /**
     * Keeps article text from turning into Discord formatting or a mention, after taking out what would reorder or
     * hide it ({@link DisplayText}).
     */
    static String escape(String text) {
        text = DisplayText.clean(text).replace("@everyone", "@\u200Beveryone").replace("@here", "@\u200Bhere");
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if ("*_~`|\\".indexOf(ch) >= 0) {
                sb.append('\\');
            }
            sb.append(ch);
        }
        return sb.toString();
    }
}
