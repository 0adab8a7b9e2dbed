package newsdesk.state;

import java.time.Instant;
import java.util.Optional;

/** Validators for conditional GET and the last outcome of each feed. */
public interface FeedStates {

    Optional<FeedState> get(String url);

    /** A successful poll: new validators (when the server sent them), failures cleared. */
    void succeeded(String url, String etag, String lastModified, Instant now);

    void failed(String url, String error, Instant now);

    /**
     * Claims the next poll of a feed (or scan of a folder) for the caller, so that several processes sharing the
     * database do it once: succeeds when nobody's claim runs past {@code now}, and then holds until {@code until}.
     */
    boolean claimPoll(String key, Instant now, Instant until);
}
