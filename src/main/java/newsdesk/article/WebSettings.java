package newsdesk.article;

import java.time.Duration;
import newsdesk.config.Config;

/**
 * How pages are fetched for adding: the {@code ingest.*} settings.
 *
 * @param maxBytes the largest page or file read ({@code ingest.max-file-bytes})
 * @param timeout the longest a fetch may take, redirects and body included
 * @param allowPrivateAddresses read pages on loopback, private, link-local and metadata addresses too
 */
public record WebSettings(long maxBytes, Duration timeout, boolean allowPrivateAddresses) {
    public static final int MAX_REDIRECTS = 5;

    public static WebSettings from(Config config) {
        return new WebSettings(config.integer("ingest.max-file-bytes", 1, Integer.MAX_VALUE),
                Duration.ofSeconds(config.integer("ingest.fetch-timeout-seconds", 1, 600)),
                config.bool("ingest.allow-private-urls"));
    }
}
