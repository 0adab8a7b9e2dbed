package newsdesk.feeds;

/**
 * What one poll of one feed did.
 *
 * @param added new articles stored
 * @param updated articles whose entry changed
 * @param skipped entries that could not become articles (no title, no text)
 * @param error why the poll failed, for FAILED
 */
public record FeedResult(String url, Status status, int added, int updated, int skipped, String error) {
    /** POLLED_ELSEWHERE: another process sharing the database polled it this interval. */
    public enum Status { READ, NOT_MODIFIED, FAILED, POLLED_ELSEWHERE }

    static FeedResult failed(String url, String error) {
        return new FeedResult(url, Status.FAILED, 0, 0, 0, error);
    }
}
