package newsdesk.state;

import java.time.Instant;

/** One feed's validators and last outcome, as stored. */
public record FeedState(String url, String etag, String lastModified, Instant lastPolledAt, Instant lastOkAt,
                        int failures, String lastError) {
}
