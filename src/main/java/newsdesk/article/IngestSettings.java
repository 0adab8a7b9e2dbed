package newsdesk.article;

import java.time.Duration;
import java.util.Optional;
import newsdesk.config.Config;

/**
 * How articles are taken in.
 *
 * @param maxFileBytes larger files are skipped with a reason
 * @param minWords an article with fewer words is skipped with a reason
 * @param writerWait how long an ingest waits for another writer of the same store; empty waits as long as it takes
 */
public record IngestSettings(int maxFileBytes, int minWords, Optional<Duration> writerWait) {
    public static IngestSettings from(Config c) {
        int waitSeconds = c.integer("ingest.wait-seconds", 0, Integer.MAX_VALUE);
        return new IngestSettings(c.integer("ingest.max-file-bytes", 1, Integer.MAX_VALUE),
                c.integer("ingest.min-words", 0, 100_000),
                waitSeconds == 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(waitSeconds)));
    }
}
