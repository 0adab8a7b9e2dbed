package newsdesk.feeds;

import newsdesk.testing.MemoryArticleStore;
import newsdesk.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import newsdesk.article.Article;
import newsdesk.article.ArticleReader;
import newsdesk.article.Ingestor;
import newsdesk.state.FeedStates;
import newsdesk.state.StateDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpFeedPollerTest {
    private static final String ETAG = "\"rss-v1\"";
    private static final String LAST_MODIFIED = "Mon, 03 Mar 2025 18:30:00 GMT";

    @TempDir
    Path data;

    final MutableClock clock = MutableClock.at("2025-03-04T12:00:00Z");
    private final MemoryArticleStore store = new MemoryArticleStore(clock);
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Map<String, String> fixtureFor = new ConcurrentHashMap<>();
    private HttpServer server;
    private StateDatabase db;
    private String base;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        db = openDatabase();
        fixtureFor.put("/rss", "rss.xml");
        fixtureFor.put("/atom", "atom.xml");
        fixtureFor.put("/broken", "malformed.xml");
        fixtureFor.put("/doctype", "doctype.xml");
    }

    @AfterEach
    void stop() {
        server.stop(0);
        db.close();
    }

    /** Feed state in SQLite here, in PostgreSQL in {@link HttpFeedPollerOnPostgresTest}. */
    StateDatabase openDatabase() {
        return StateDatabase.open(data, clock);
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String ifNoneMatch = ex.getRequestHeaders().getFirst("If-None-Match");
        String ifModifiedSince = ex.getRequestHeaders().getFirst("If-Modified-Since");
        requests.add(path + " If-None-Match=" + ifNoneMatch + " If-Modified-Since=" + ifModifiedSince);
        if (path.equals("/error")) {
            respond(ex, 500, new byte[0]);
            return;
        }
        if (path.equals("/rss")) {
            ex.getResponseHeaders().add("ETag", ETAG);
            if (ETAG.equals(ifNoneMatch)) {
                respond(ex, 304, null);
                return;
            }
        }
        if (path.equals("/atom")) {
            ex.getResponseHeaders().add("Last-Modified", LAST_MODIFIED);
            if (LAST_MODIFIED.equals(ifModifiedSince)) {
                respond(ex, 304, null);
                return;
            }
        }
        String fixture = fixtureFor.get(path);
        if (fixture == null) {
            respond(ex, 404, new byte[0]);
            return;
        }
        try (InputStream in = getClass().getResourceAsStream("/feeds/" + fixture)) {
            respond(ex, 200, in.readAllBytes());
        }
    }

    private static void respond(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.sendResponseHeaders(status, body == null || body.length == 0 ? -1 : body.length);
        if (body != null && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        ex.close();
    }

    private HttpFeedPoller poller(String... paths) {
        List<String> urls = java.util.Arrays.stream(paths).map(p -> p.startsWith("http") ? p : base + p).toList();
        return new HttpFeedPoller(urls, new Ingestor(store, new ArticleReader(5_000_000)), db.feedStates(), Duration.ofMinutes(30),
                5_000_000, clock);
    }

    private Article article(String idPart) {
        return store.articles().stream().map(s -> s.article()).filter(a -> a.id().contains(idPart)).findFirst().orElseThrow();
    }

    @Test
    void rssEntriesBecomeArticlesFromTheirContentOrSummary() {
        List<FeedResult> results = poller("/rss").pollAll();

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(FeedResult.Status.READ);
            assertThat(r.added()).isEqualTo(2);
            assertThat(r.skipped()).isEqualTo(1);
        });
        Article walkout = store.articles().stream().map(s -> s.article())
                .filter(a -> a.title().startsWith("Dockworkers")).findFirst().orElseThrow();
        assertThat(walkout.id()).isEqualTo(FeedEntries.id(base + "/rss", "harbour-4711")).startsWith("feed-127-0-0-1-");
        assertThat(walkout.source()).isEqualTo("Harbour Wire");
        assertThat(walkout.published()).isEqualTo("2025-03-03T07:00:00Z");
        assertThat(walkout.url()).isEqualTo("https://harbour.example/2025/03/walkout");
        assertThat(walkout.text()).isEqualTo("Dockworkers at the port of Rotterdam walked off the job on Monday.\n\n"
                + "About 2,000 dockworkers joined the strike, the union said.");
        assertThat(walkout.origin()).isEqualTo(base + "/rss");
        Article talks = store.articles().stream().map(s -> s.article())
                .filter(a -> a.title().startsWith("Talks")).findFirst().orElseThrow();
        assertThat(talks.title()).isEqualTo("Talks to resume & ships wait");
        assertThat(talks.text()).isEqualTo("Talks between the port and the union will resume on Wednesday.");
        assertThat(talks.id()).isEqualTo(FeedEntries.id(base + "/rss", "https://harbour.example/2025/03/talks"));
    }

    @Test
    void atomEntriesBecomeArticles() {
        assertThat(poller("/atom").pollAll().get(0).added()).isEqualTo(2);
        Article toll = article(FeedEntries.id(base + "/atom", "tag:mountain.example,2025:quake-2"));
        assertThat(toll.title()).isEqualTo("Valdera earthquake death toll rises to 27");
        assertThat(toll.source()).isEqualTo("Mountain Post");
        assertThat(toll.published()).isEqualTo("2025-03-03T18:00:00Z");
        assertThat(toll.text()).contains("rose to 27").contains("\n\nAn earlier count");
        Article rescue = article(FeedEntries.id(base + "/atom", "tag:mountain.example,2025:rescue"));
        assertThat(rescue.published()).isEqualTo("2025-03-03T20:00:00Z");
        assertThat(rescue.text()).isEqualTo("Rescue teams reached remote villages cut off by landslides.");
    }

    @Test
    void conditionalGetSendsTheValidatorsBackAndHonoursNotModified() {
        HttpFeedPoller poller = poller("/rss", "/atom");
        poller.pollAll();
        clock.advance(Duration.ofMinutes(30)); // the next scheduled poll
        int commits = store.commits();
        List<FeedResult> again = poller.pollAll();

        assertThat(again).extracting(FeedResult::status)
                .containsExactly(FeedResult.Status.NOT_MODIFIED, FeedResult.Status.NOT_MODIFIED);
        assertThat(requests).containsExactly(
                "/rss If-None-Match=null If-Modified-Since=null",
                "/atom If-None-Match=null If-Modified-Since=null",
                "/rss If-None-Match=" + ETAG + " If-Modified-Since=null",
                "/atom If-None-Match=null If-Modified-Since=" + LAST_MODIFIED);
        assertThat(store.commits()).isEqualTo(commits);
        assertThat(store.articles()).hasSize(4);
    }

    @Test
    void aBrokenOrUnreachableFeedIsReportedAndDoesNotStopTheOthers() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        List<FeedResult> results = poller("/broken", "/error", "http://127.0.0.1:" + closedPort + "/gone", "/rss").pollAll();

        assertThat(results).extracting(FeedResult::status).containsExactly(FeedResult.Status.FAILED,
                FeedResult.Status.FAILED, FeedResult.Status.FAILED, FeedResult.Status.READ);
        assertThat(results.get(1).error()).isEqualTo("HTTP 500");
        assertThat(results.get(0).error()).isNotBlank();
        assertThat(store.articles()).hasSize(2);
        FeedStates states = db.feedStates();
        assertThat(states.get(base + "/error").orElseThrow().failures()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(30));
        poller("/error").pollAll();
        assertThat(states.get(base + "/error").orElseThrow().failures()).isEqualTo(2);
        assertThat(states.get(base + "/error").orElseThrow().lastError()).isEqualTo("HTTP 500");
        assertThat(states.get(base + "/rss").orElseThrow().failures()).isZero();
    }

    @Test
    void aFeedWithADoctypeIsRefusedSoNoExternalEntityIsRead() {
        FeedResult r = poller("/doctype").pollAll().get(0);
        assertThat(r.status()).isEqualTo(FeedResult.Status.FAILED);
        assertThat(store.articles()).isEmpty();
    }

    @Test
    void aChangedEntryUpdatesItsArticle() {
        poller("/rss").pollAll();
        server.removeContext("/");
        server.createContext("/", ex -> {
            byte[] body;
            try (InputStream in = getClass().getResourceAsStream("/feeds/rss.xml")) {
                body = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                        .replace("About 2,000 dockworkers", "About 3,500 dockworkers").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
            respond(ex, 200, body);
        });
        clock.advance(Duration.ofMinutes(30));
        FeedResult r = poller("/rss").pollAll().get(0);
        assertThat(r.added()).isZero();
        assertThat(r.updated()).isEqualTo(1);
        assertThat(store.articles()).hasSize(2);
    }

    @Test
    void twoPollersSharingTheDatabaseFetchEachFeedOncePerInterval() {
        StateDatabase other = openDatabase();
        try {
            HttpFeedPoller first = poller("/rss", "/atom");
            HttpFeedPoller second = new HttpFeedPoller(List.of(base + "/rss", base + "/atom"),
                    new Ingestor(store, new ArticleReader(5_000_000)), other.feedStates(), Duration.ofMinutes(30),
                    5_000_000, clock);
            for (int interval = 0; interval < 3; interval++) {
                requests.clear();
                List<FeedResult> one = first.pollAll();
                clock.advance(Duration.ofMinutes(5));
                List<FeedResult> two = second.pollAll();
                assertThat(requests).as("interval " + interval).hasSize(2);
                assertThat(two).extracting(FeedResult::status).containsOnly(FeedResult.Status.POLLED_ELSEWHERE);
                assertThat(one).extracting(FeedResult::status).doesNotContain(FeedResult.Status.POLLED_ELSEWHERE);
                clock.advance(Duration.ofMinutes(25));
            }
            requests.clear();
            clock.advance(Duration.ofMinutes(1));
            assertThat(second.pollAll()).extracting(FeedResult::status).doesNotContain(FeedResult.Status.POLLED_ELSEWHERE);
            assertThat(first.pollAll()).extracting(FeedResult::status).containsOnly(FeedResult.Status.POLLED_ELSEWHERE);
            assertThat(requests).as("whoever comes first after an interval polls").hasSize(2);
        } finally {
            other.close();
        }
    }
}
