package newsdesk.briefing;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The start of a briefing's window as people write it: a duration back from now ({@code 24h}, {@code 3d},
 * {@code 90m}, {@code 2w}, ISO {@code PT6H}), an ISO date (its midnight in the zone) or an ISO date-time (with an
 * offset, or else in the zone).
 */
public final class Since {
    public static final String FORMS = "a duration like 24h, 3d, 90m or PT6H, a date like 2025-03-01, "
            + "or a date-time like 2025-03-01T08:00 or 2025-03-01T08:00:00Z";
    private static final Pattern SHORT = Pattern.compile("(\\d{1,6})\\s*([mhdw])");

    private Since() {
    }

    /** A duration as people write it: {@code 72h}, {@code 3d}, {@code 90m}, {@code 2w} or ISO {@code P3D}. */
    public static Duration duration(String text) {
        String t = text == null ? "" : text.strip();
        Matcher m = SHORT.matcher(t.toLowerCase(Locale.ROOT));
        try {
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                return switch (m.group(2)) {
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    case "d" -> Duration.ofDays(n);
                    default -> Duration.ofDays(7 * n);
                };
            }
            return Duration.parse(t.toUpperCase(Locale.ROOT));
        } catch (DateTimeException | ArithmeticException e) {
            throw new IllegalArgumentException("'" + t + "' is not a duration");
        }
    }

    /** @throws IllegalArgumentException naming the accepted forms */
    public static Instant parse(String text, Instant now, ZoneId zone) {
        String t = text == null ? "" : text.strip();
        Matcher m = SHORT.matcher(t.toLowerCase(Locale.ROOT));
        try {
            if (m.matches() || t.toUpperCase(Locale.ROOT).startsWith("P")) {
                return now.minus(duration(t));
            }
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay(zone).toInstant();
            }
            if (t.endsWith("Z") || t.endsWith("z")) {
                return Instant.parse(t.toUpperCase(Locale.ROOT));
            }
            if (t.matches(".*[+-]\\d{2}:?\\d{2}$")) {
                return OffsetDateTime.parse(t).toInstant();
            }
            return LocalDateTime.parse(t).atZone(zone).toInstant();
        } catch (DateTimeException | ArithmeticException | IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + t + "' is not a time to start from; expected " + FORMS);
        }
    }
}
