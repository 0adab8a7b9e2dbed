package newsdesk.article;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The metadata fields an article file may give (front matter or a JSON object): {@code id}, {@code title},
 * {@code source}, {@code published}, {@code url}. Blank values count as absent.
 */
record ArticleFields(String id, String title, String source, String published, String url) {
    private static final Pattern SPACE_BEFORE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[ ]+(\\d)");

    /** Reads the fields from a map of raw values (strings, numbers, or for YAML dates). */
    static ArticleFields from(Map<String, ?> raw) throws ArticleFileException {
        return new ArticleFields(
                text(raw, "id"),
                text(raw, "title") == null ? null : BodyText.oneLine(text(raw, "title")),
                text(raw, "source"),
                published(raw.get("published")),
                text(raw, "url"));
    }

    private static String text(Map<String, ?> raw, String key) throws ArticleFileException {
        Object value = raw.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> || value instanceof Iterable<?> || value.getClass().isArray()) {
            throw new ArticleFileException("'" + key + "' must be a single value, not a list or mapping");
        }
        String s = String.valueOf(value).strip();
        return s.isEmpty() ? null : s;
    }

    /**
     * An ISO date or date-time, kept as written (a space between date and time becomes {@code T}); anything else
     * is a reason to skip the article.
     */
    static String published(Object value) throws ArticleFileException {
        if (value == null) {
            return null;
        }
        if (value instanceof Date date) {
            return DateTimeFormatter.ISO_INSTANT.format(date.toInstant().atOffset(ZoneOffset.UTC));
        }
        if (value instanceof Instant instant) {
            return instant.toString();
        }
        if (value instanceof Map<?, ?> || value instanceof Iterable<?>) {
            throw new ArticleFileException("invalid published date (a list or mapping, not a date)");
        }
        String s = String.valueOf(value).strip();
        if (s.isEmpty()) {
            return null;
        }
        s = SPACE_BEFORE_TIME.matcher(s).replaceFirst("$1T$2");
        if (Article.parseInstant(s).isEmpty()) {
            throw new ArticleFileException("invalid published date '" + value
                    + "' (use e.g. 2013-01-19 or 2013-01-19T10:00:00Z)");
        }
        return s;
    }

    /**
     * The article with these fields: {@code id} or else {@code derivedId}; {@code title} or else one taken from the
     * body ({@link Titles#fromBody}).
     */
    Article toArticle(String body, String derivedId, String origin) throws ArticleFileException {
        if (body.isBlank()) {
            throw new ArticleFileException("no text");
        }
        Titles.Titled titled = title != null ? new Titles.Titled(title, body) : Titles.fromBody(body);
        return new Article(id != null ? id : derivedId, titled.title(), source, published, url, titled.body(), origin);
    }

    /** Like {@link #published(Object)} but for sources that cannot be fixed by the user (web pages): drops bad dates. */
    static String publishedOrNull(String value) {
        try {
            return published(value);
        } catch (ArticleFileException e) {
            return null;
        }
    }
}
