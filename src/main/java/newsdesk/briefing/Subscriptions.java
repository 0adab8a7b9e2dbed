package newsdesk.briefing;

import java.util.List;
import newsdesk.state.Subscription;
import newsdesk.state.SubscriptionRequest;

/** The daily briefings guilds subscribed to: what {@code /briefing subscribe|unsubscribe|list} change and show. */
public interface Subscriptions {

    /** Subscribes a channel, or replaces its settings (and re-enables it) if it already has a subscription. */
    Subscription subscribe(SubscriptionRequest request);

    /** @return false if the channel had no active subscription */
    boolean unsubscribe(String guildId, String channelId);

    /** The guild's active subscriptions and those disabled by an error, with next run and last result. */
    List<SubscriptionStatus> list(String guildId);
}
