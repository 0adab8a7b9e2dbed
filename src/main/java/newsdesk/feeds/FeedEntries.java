package newsdesk.feeds;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import newsdesk.article.Article;
import newsdesk.article.HtmlText;

/**
 * A feed entry as an article. Article pages are not fetched: the entry's content (else its summary) is the text.
 * The id is derived from the entry's guid (Atom id), else its link, so a re-published entry replaces itself.
 */
final class FeedEntries {
    private FeedEntries() {
    }

    /** @return empty when the entry has no title, no text, or nothing to identify it by */
    static Optional<Article> article(SyndEntry entry, SyndFeed feed, String feedUrl) {
        String key = firstNonBlank(entry.getUri(), entry.getLink());
        String title = entry.getTitle() == null ? "" : HtmlText.oneLine(entry.getTitle());
        String text = text(entry);
        if (key == null || title.isBlank() || text.isBlank()) {
            return Optional.empty();
        }
        String source = feed.getTitle() == null || feed.getTitle().isBlank() ? host(feedUrl)
                : HtmlText.oneLine(feed.getTitle());
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return Optional.of(new Article(id(feedUrl, key), title, source, date == null ? null : date.toInstant().toString(),
                blankToNull(entry.getLink()), text, feedUrl));
    }

    private static String text(SyndEntry entry) {
        for (SyndContent c : entry.getContents()) {
            String t = asText(c);
            if (!t.isBlank()) {
                return t;
            }
        }
        return entry.getDescription() == null ? "" : asText(entry.getDescription());
    }

    private static String asText(SyndContent c) {
        String value = c.getValue() == null ? "" : c.getValue();
        String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
        boolean plain = type.equals("text") || type.equals("text/plain");
        return plain ? value.strip() : HtmlText.of(value);
    }

    /** {@code feed-<host>-<12 hex digits of the SHA-256 of the guid>}: stable, short, safe in any id field. */
    static String id(String feedUrl, String key) {
        String host = host(feedUrl).replaceAll("[^a-z0-9]+", "-");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.strip().getBytes(StandardCharsets.UTF_8));
            return "feed-" + host + "-" + HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "feed" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "feed";
        }
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a.strip() : b != null && !b.isBlank() ? b.strip() : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
