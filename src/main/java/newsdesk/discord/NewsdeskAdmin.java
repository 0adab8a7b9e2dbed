package newsdesk.discord;

import newsdesk.state.AddedFeeds;
import newsdesk.feeds.FeedPoller;
import newsdesk.briefing.Subscriptions;

/**
 * What {@code /newsdesk} manages and reports besides the channel modes: the feeds (those added from Discord, and the
 * poller that reads them all), the daily briefings, and which answerer is in use.
 *
 * @param feeds the feeds added from Discord, or null when the bot keeps no state
 * @param poller the feed poller, or null
 * @param subscriptions the daily briefings, or null
 * @param answerer how answers are made, e.g. "offline reader" or "openai gpt-4o-mini (offline reader as fallback)"
 */
public record NewsdeskAdmin(AddedFeeds feeds, FeedPoller poller, Subscriptions subscriptions, String answerer) {
    /** Nothing to manage but the channel modes. */
    public static NewsdeskAdmin none(String answerer) {
        return new NewsdeskAdmin(null, null, null, answerer);
    }
}
