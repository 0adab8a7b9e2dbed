package newsdesk.briefing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsdesk.answer.Citation;
import newsdesk.text.DisplayText;

/**
 * A briefing as Discord messages: a header, one block per story (headline, cited sentences, its sources), then
 * "What changed". Messages stay within Discord's 2,000 characters; a story is kept whole in one message when it fits,
 * else it is split between sentences, never inside a sentence or its citation marks.
 */
final class BriefingText {
    static final int DISCORD_LIMIT = 2000;
    /** Room kept at the end of each scheduled message for its nonce line. */
    static final int FOOTER_ROOM = 40;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm z", Locale.ENGLISH);

    private BriefingText() {
    }

    /** The scheduled briefing of a subscription: each message ends with a line holding its nonce. */
    static List<String> daily(Briefing b, LocalDate date, boolean late, ZoneId zone, String nonce) {
        String title = "📰 **Daily briefing · " + DAY.format(date) + "**" + topic(b) + (late ? " (late)" : "");
        List<String> messages = render(b, title, zone, DISCORD_LIMIT - FOOTER_ROOM, BriefingNonce.MAX_PARTS);
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

    static List<String> render(Briefing b, String title, ZoneId zone, int limit, int maxMessages) {
        String since = "since " + SINCE.format(b.since().atZone(zone));
        if (b.nothingNew()) {
            return List.of(title + ": nothing new " + since + ".");
        }
        for (int shown = b.items().size(); ; shown--) {
            List<String> messages = MessagePacker.pack(blocks(b, title, since, shown), limit);
            if (messages.size() <= maxMessages || shown == 1) {
                return messages.size() <= maxMessages ? messages : messages.subList(0, maxMessages);
            }
        }
    }

    private static List<String> blocks(Briefing b, String title, String since, int shown) {
        int total = b.items().size();
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
                        .append(escape(c.to())).append(" (").append(c.how().words()).append(")");
                for (Citation citation : c.citations()) {
                    changes.append(" [").append(citation.n()).append(']');
                    cited.add(citation);
                }
            }
            blocks.add(changes + "\n" + sources(cited));
        }
        return blocks;
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
