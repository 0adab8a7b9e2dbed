package newsdesk.state;

import java.time.LocalTime;
import java.time.ZoneId;

/** What {@code /briefing subscribe} asks for; subscribing a channel again replaces its settings. */
public record SubscriptionRequest(String guildId, String channelId, LocalTime time, ZoneId zone, String topic,
                                  NothingNew nothingNew, String requestedBy) {
}
