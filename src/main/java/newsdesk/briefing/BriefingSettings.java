package newsdesk.briefing;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import newsdesk.config.Config;
import newsdesk.config.ConfigException;
import newsdesk.state.NothingNew;

/**
 * The {@code briefing.*} settings.
 *
 * @param catchUp a briefing missed while the bot was down is posted late within this long after its time, else skipped
 * @param maxStories stories told in full; the next ones get one line each
 * @param maxAge an arriving article published longer ago than this is not news (it is listed as also added)
 * @param postAttempts calls to Discord for one message before the briefing is given up as failed
 * @param retryDelay the wait after the first transient failure; it doubles after each further one
 */
public record BriefingSettings(LocalTime defaultTime, ZoneId defaultZone, Duration catchUp, NothingNew nothingNew,
                               int maxStories, Duration maxAge, int postAttempts, Duration retryDelay) {
    public static final BriefingSettings DEFAULTS = new BriefingSettings(LocalTime.of(8, 0), ZoneId.of("UTC"),
            Duration.ofHours(6), NothingNew.POST, 5, Duration.ofDays(3), 5, Duration.ofSeconds(30));

    public static BriefingSettings from(Config c) {
        return new BriefingSettings(
                c.time("briefing.default-time"),
                c.zone("briefing.default-timezone"),
                Duration.ofHours(c.integer("briefing.catch-up-hours", 0, 24 * 7)),
                NothingNew.parse(c.choice("briefing.nothing-new", "post", "skip")),
                c.integer("briefing.max-stories", 1, 25),
                maxAge(c.string("briefing.max-age")),
                c.integer("briefing.post-attempts", 1, 20),
                Duration.ofSeconds(c.integer("briefing.retry-seconds", 1, 3600)));
    }

    private static Duration maxAge(String text) {
        try {
            Duration d = Since.duration(text);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("it must be longer than zero");
            }
            return d;
        } catch (IllegalArgumentException e) {
            throw new ConfigException("briefing.max-age: '" + text + "' is not a duration like 72h, 3d, 2w or P3D ("
                    + e.getMessage() + ")");
        }
    }
}
