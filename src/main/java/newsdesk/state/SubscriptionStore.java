package newsdesk.state;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The briefing subscriptions of channels, as stored. */
public interface SubscriptionStore {

    /** Inserts the channel's subscription or replaces its settings; either way it is enabled and its error cleared. */
    Subscription upsert(SubscriptionRequest request, Instant now);

    /** @return false if there was no enabled subscription in that guild's channel */
    boolean disable(String guildId, String channelId);

    List<Subscription> enabled();

    /** The guild's enabled subscriptions and those disabled by an error (so the reason can be shown). */
    List<Subscription> visibleIn(String guildId);

    Optional<Subscription> byId(long id);

    void recordError(long id, String error);

    void clearError(long id);

    void disableWithError(long id, String error);
}
