package newsdesk.state;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A channel's daily briefing.
 *
 * @param time local time of day in {@code zone} when it is posted
 * @param topic only stories about this (null: everything new)
 * @param enabled false once unsubscribed or when the channel is gone
 * @param lastError why the last post failed (shown by {@code /briefing list}); null after a success
 * @param createdBy the Discord user id who subscribed
 * @param activeSince when the current settings took effect: a run time that had already passed then is not posted
 */
public record Subscription(long id, String guildId, String channelId, LocalTime time, ZoneId zone, String topic,
                           NothingNew nothingNew, boolean enabled, String lastError, String createdBy,
                           Instant createdAt, Instant activeSince) {
    public Subscription {
        Objects.requireNonNull(guildId, "guildId");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(nothingNew, "nothingNew");
        Objects.requireNonNull(activeSince, "activeSince");
        time = time.withSecond(0).withNano(0);
        topic = topic == null || topic.isBlank() ? null : topic.strip();
    }
}
