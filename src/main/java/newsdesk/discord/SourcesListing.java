package newsdesk.discord;

import static newsdesk.discord.DiscordMarkdown.escape;
import static newsdesk.discord.DiscordMarkdown.oneLine;
import static newsdesk.discord.DiscordMarkdown.truncate;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import newsdesk.article.Article;
import newsdesk.article.StoredArticle;

/** The reply to {@code /sources [query]}: stored articles, newest first, as many as fit one message. */
final class SourcesListing {
    static final int MAX_ARTICLES = 15;
    private static final int QUERY_LIMIT = 100;

    private SourcesListing() {
    }

    static String render(List<StoredArticle> stored, String query, int limit) {
        String q = query == null ? "" : oneLine(query);
        List<Article> matching = stored.stream()
                .map(StoredArticle::article)
                .filter(a -> matches(a, q))
                .sorted(Comparator.comparing((Article a) -> a.publishedInstant().orElse(null),
                                Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(a -> a.title().toLowerCase(Locale.ROOT)))
                .toList();
        String shownQuery = "“" + escape(truncate(q, QUERY_LIMIT)) + "”";
        if (matching.isEmpty()) {
            return q.isEmpty() ? "No articles are stored yet." : "No stored article matches " + shownQuery + ".";
        }
        StringBuilder list = new StringBuilder();
        int shown = 0;
        for (Article a : matching) {
            String entry = "• " + entry(a);
            // room kept for the heading and the "and N more" line
            if (shown == MAX_ARTICLES || list.length() + entry.length() + 1 > limit - 200) {
                break;
            }
            list.append(entry).append('\n');
            shown++;
        }
        String heading = q.isEmpty()
                ? "**Stored articles** (" + matching.size() + ")"
                : "**Stored articles matching " + shownQuery + "** (" + matching.size() + ")";
        StringBuilder out = new StringBuilder(heading).append('\n').append(list);
        if (shown < matching.size()) {
            out.append("…and ").append(matching.size() - shown).append(" more")
                    .append(q.isEmpty() ? "; narrow the list with `/sources query`." : ".");
        }
        return out.toString().strip();
    }

    private static boolean matches(Article a, String query) {
        if (query.isEmpty()) {
            return true;
        }
        String q = query.toLowerCase(Locale.ROOT);
        return a.title().toLowerCase(Locale.ROOT).contains(q)
                || (a.source() != null && a.source().toLowerCase(Locale.ROOT).contains(q));
    }

    private static String entry(Article a) {
        StringBuilder line = new StringBuilder("**").append(escape(truncate(oneLine(a.title()), 150))).append("**");
        String source = a.source() == null ? "" : escape(truncate(oneLine(a.source()), 60));
        String date = AnswerRendering.date(a.published());
        if (!source.isEmpty() || !date.isEmpty()) {
            line.append(" — ").append(source);
            if (!source.isEmpty() && !date.isEmpty()) {
                line.append(", ");
            }
            line.append(date);
        }
        String link = DiscordMarkdown.link(a.url());
        if (link != null) {
            line.append(' ').append(link);
        }
        return line.toString();
    }
}
