package newsdesk.briefing;

import java.util.Objects;

/**
 * What Discord said to a post (or a look-up of one).
 *
 * @param messageId set for POSTED
 * @param detail why not, for the log and {@code /briefing list}
 */
public record PostResult(Kind kind, String messageId, String detail) {

    public enum Kind {
        /** The message is in the channel. */
        POSTED,
        /** {@link BriefingChannel#findPosted} only: no such message. */
        NOT_FOUND,
        /** Worth retrying later: a timeout, a 5xx, a rate limit, no connection. The message may or may not exist. */
        TRANSIENT,
        /** Will not work until someone changes something, e.g. the bot lacks permission to post there. */
        REFUSED,
        /** The channel (or guild) no longer exists or the bot was removed from it. */
        CHANNEL_GONE
    }

    public PostResult {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.POSTED && (messageId == null || messageId.isBlank())) {
            throw new IllegalArgumentException("a posted message needs its id");
        }
    }

    public static PostResult posted(String messageId) {
        return new PostResult(Kind.POSTED, messageId, null);
    }

    public static PostResult notFound() {
        return new PostResult(Kind.NOT_FOUND, null, null);
    }

    public static PostResult transientFailure(String detail) {
        return new PostResult(Kind.TRANSIENT, null, detail);
    }

    public static PostResult refused(String detail) {
        return new PostResult(Kind.REFUSED, null, detail);
    }

    public static PostResult channelGone(String detail) {
        return new PostResult(Kind.CHANNEL_GONE, null, detail);
    }
}
