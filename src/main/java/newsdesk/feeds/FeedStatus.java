package newsdesk.feeds;

import java.time.Instant;

/**
 * A feed and how its polls went.
 *
 * @param lastPolledAt the last poll, or null if never polled
 * @param lastOkAt the last successful poll, or null
 * @param failures polls failed in a row
 * @param lastError why the last poll failed, or null
 */
public record FeedStatus(String url, Instant lastPolledAt, Instant lastOkAt, int failures, String lastError) {
}
