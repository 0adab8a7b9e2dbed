package newsdesk.state;

import java.time.Instant;
import java.util.Optional;

/** Validators for conditional GET and the last outcome of each feed. */
public interface FeedStates {

    Optional<FeedState> get(String url);

    /** A successful poll: new validators (when the server sent them), failures cleared. */
    void succeeded(String url, String etag, String lastModified, Instant now);

    void failed(String url, String error, Instant now);
}
