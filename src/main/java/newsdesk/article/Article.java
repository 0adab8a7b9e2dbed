package newsdesk.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as stored.
 *
 * @param id stable identity: the front matter's {@code id}, else derived from the path it came from
 * @param title never blank
 * @param source publisher, or null
 * @param published ISO date ({@code 2013-01-19}) or date-time as given, or null
 * @param url link, or null
 * @param text the body, exactly as citations quote it
 * @param origin where it was read from (a path, "bundled sample", a feed URL)
 */
public record Article(String id, String title, String source, String published, String url, String text, String origin) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id is blank");
        }
    }

    /** The publication instant (a date alone counts from midnight UTC), if known and readable. */
    public Optional<Instant> publishedInstant() {
        return parseInstant(published);
    }

    public static Optional<Instant> parseInstant(String iso) {
        if (iso == null || iso.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException notADate) {
            try {
                return Optional.of(OffsetDateTime.parse(iso).toInstant());
            } catch (DateTimeParseException notOffset) {
                try {
                    return Optional.of(Instant.parse(iso));
                } catch (DateTimeParseException notInstant) {
                    try {
                        return Optional.of(java.time.LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC));
                    } catch (DateTimeParseException e) {
                        return Optional.empty();
                    }
                }
            }
        }
    }
}
