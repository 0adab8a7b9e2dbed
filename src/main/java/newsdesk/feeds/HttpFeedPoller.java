package newsdesk.feeds;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import newsdesk.article.Article;
import newsdesk.article.IngestReport;
import newsdesk.article.Ingestor;
import newsdesk.state.FeedState;
import newsdesk.state.FeedStates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.InputSource;

/**
 * Polls feeds over HTTP with conditional GET: the ETag and Last-Modified of the last successful read are sent back
 * ({@code If-None-Match}, {@code If-Modified-Since}), so an unchanged feed costs a 304. Validators are saved only
 * after the feed was parsed and stored, so a failed read is read in full next time. ROME parses RSS and Atom with
 * DOCTYPEs refused (no external entities).
 */
final class HttpFeedPoller implements FeedPoller {
    private static final Logger log = LoggerFactory.getLogger(HttpFeedPoller.class);
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** A scheduled poll may come this much early (timer jitter) and still find the last claim over. */
    static final Duration CLAIM_TOLERANCE = Duration.ofSeconds(2);

    private final Supplier<List<String>> urls;
    private final Ingestor ingestor;
    private final FeedStates states;
    private final Duration every;
    private final long maxBytes;
    private final Clock clock;
    private final HttpClient http;
    private ScheduledExecutorService executor;

    HttpFeedPoller(List<String> urls, Ingestor ingestor, FeedStates states, Duration every, long maxBytes, Clock clock) {
        this(() -> List.copyOf(urls), ingestor, states, every, maxBytes, clock);
    }

    /** @param urls the feeds to poll, asked again at each poll (feeds are added and removed at run time) */
    HttpFeedPoller(Supplier<List<String>> urls, Ingestor ingestor, FeedStates states, Duration every, long maxBytes,
                   Clock clock) {
        this.urls = urls;
        this.ingestor = ingestor;
        this.states = states;
        this.every = every;
        this.maxBytes = maxBytes;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = DaemonThreads.single("feed-poller");
        executor.scheduleWithFixedDelay(this::pollQuietly, 0, every.toSeconds(), TimeUnit.SECONDS);
    }

    private void pollQuietly() {
        try {
            pollAll();
        } catch (RuntimeException e) {
            log.error("feed poll failed: {}", e.toString(), e);
        }
    }

    @Override
    public List<FeedResult> pollAll() {
        List<FeedResult> results = new ArrayList<>();
        for (String url : urls.get()) {
            Instant now = clock.instant();
            // processes sharing the database take turns: whoever claims this interval's poll fetches the feed
            FeedResult r = states.claimPoll(url, now, now.plus(every).minus(CLAIM_TOLERANCE)) ? poll(url)
                    : new FeedResult(url, FeedResult.Status.POLLED_ELSEWHERE, 0, 0, 0, null);
            results.add(r);
            switch (r.status()) {
                case FAILED -> log.warn("feed {} failed: {} (tried again in {} min)", url, r.error(), every.toMinutes());
                case READ -> log.info("feed {}: {} new, {} updated, {} skipped", url, r.added(), r.updated(), r.skipped());
                case POLLED_ELSEWHERE -> log.debug("feed {} was polled by another process", url);
                default -> log.debug("feed {} not modified", url);
            }
        }
        return results;
    }

    @Override
    public List<FeedStatus> status() {
        List<FeedStatus> out = new ArrayList<>();
        for (String url : urls.get()) {
            Optional<FeedState> s = states.get(url);
            out.add(new FeedStatus(url, s.map(FeedState::lastPolledAt).orElse(null),
                    s.map(FeedState::lastOkAt).orElse(null), s.map(FeedState::failures).orElse(0),
                    s.map(FeedState::lastError).orElse(null)));
        }
        return out;
    }

    @Override
    public FeedResult poll(String url) {
        try {
            return read(url);
        } catch (IOException | FeedException | IllegalArgumentException e) {
            return failed(url, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(url, "interrupted");
        } catch (RuntimeException e) {
            return failed(url, e.toString());
        }
    }

    private FeedResult read(String url) throws IOException, InterruptedException, FeedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT)
                .header("User-Agent", "Newsdesk feed reader")
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.8");
        Optional<FeedState> state = states.get(url);
        state.map(FeedState::etag).ifPresent(v -> request.header("If-None-Match", v));
        state.map(FeedState::lastModified).ifPresent(v -> request.header("If-Modified-Since", v));

        HttpResponse<InputStream> response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        byte[] body;
        try (InputStream in = response.body()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        int status = response.statusCode();
        if (status == 304) {
            states.succeeded(url, state.map(FeedState::etag).orElse(null),
                    state.map(FeedState::lastModified).orElse(null), clock.instant());
            return new FeedResult(url, FeedResult.Status.NOT_MODIFIED, 0, 0, 0, null);
        }
        if (status < 200 || status > 299) {
            return failed(url, "HTTP " + status);
        }
        if (body.length > maxBytes) {
            return failed(url, "larger than " + maxBytes + " bytes");
        }
        SyndFeed feed = parse(body);
        List<Article> articles = new ArrayList<>();
        int skipped = 0;
        for (SyndEntry entry : feed.getEntries()) {
            Optional<Article> a = FeedEntries.article(entry, feed, url);
            if (a.isPresent()) {
                articles.add(a.get());
            } else {
                skipped++;
            }
        }
        IngestReport report = ingestor.ingest(articles);
        states.succeeded(url, response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null), clock.instant());
        return new FeedResult(url, FeedResult.Status.READ, report.added(), report.updated(),
                skipped + report.skipped().size(), null);
    }

    private static SyndFeed parse(byte[] body) throws FeedException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        return input.build(new InputSource(new ByteArrayInputStream(body)));
    }

    private FeedResult failed(String url, String error) {
        states.failed(url, error, clock.instant());
        return FeedResult.failed(url, error);
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }
}
