package newsdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pages served on 127.0.0.1 (allowed for these tests; {@link AddressGuardTest} covers the refusal). */
class WebPagesTest {
    private static final String PAGE = """
            <html><head><title>Harbour crane collapses | Port Post</title>
            <meta property="og:site_name" content="Port Post"></head>
            <body><article><h1>Harbour crane collapses</h1>
            <p>A crane at the container terminal collapsed on Tuesday morning, the harbour authority said.</p>
            <p>Nobody was hurt, and the terminal reopened in the afternoon.</p></article></body></html>""";

    private final HttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);

    WebPagesTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/story.html", e -> send(e, 200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/moved", e -> redirect(e, "/story.html"));
        server.createContext("/loop", e -> redirect(e, "/loop"));
        server.createContext("/latin1", e -> send(e, 200, "text/html; charset=ISO-8859-1",
                PAGE.replace("Nobody", "Ça n'a blessé personne. Nobody").getBytes(StandardCharsets.ISO_8859_1)));
        server.createContext("/big", e -> send(e, 200, "text/plain", "x".repeat(5000).getBytes(StandardCharsets.UTF_8)));
        server.createContext("/report.pdf", e -> send(e, 200, "application/pdf", new byte[] {'%', 'P', 'D', 'F'}));
        server.createContext("/gone", e -> send(e, 404, "text/plain", "no".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/notes.md", e -> send(e, 200, "text/plain",
                "---\ntitle: Ferry timetable changes\n---\nThe morning ferry leaves at seven from Monday, the operator said."
                        .getBytes(StandardCharsets.UTF_8)));
        server.createContext("/stall", e -> {
            e.sendResponseHeaders(200, 0);
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            e.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private WebPages pages(long maxBytes, Duration timeout) {
        return new WebPages(new WebSettings(maxBytes, timeout, true), new ArticleReader(maxBytes));
    }

    private URI at(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void aPageIsExtractedLikeASavedPageWithItsLinkAndAnIdFromIt() throws Exception {
        ReadResult result = pages(100_000, Duration.ofSeconds(10)).read(at("/moved"));

        assertThat(result.articles()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Harbour crane collapses | Port Post");
            assertThat(a.source()).isEqualTo("Port Post");
            assertThat(a.url()).as("where the redirect led").isEqualTo(at("/story.html").toString());
            assertThat(a.id()).isEqualTo("127-0-0-1-story");
            assertThat(a.text()).contains("A crane at the container terminal collapsed").doesNotContain("<p>");
        });
    }

    @Test
    void textInAnotherCharsetIsConverted() throws Exception {
        assertThat(pages(100_000, Duration.ofSeconds(10)).read(at("/latin1")).articles().get(0).text())
                .contains("Ça n'a blessé personne.");
    }

    @Test
    void aMarkdownFileKeepsItsFrontMatterAndGetsTheHostAsSource() throws Exception {
        Article a = pages(100_000, Duration.ofSeconds(10)).read(at("/notes.md")).articles().get(0);
        assertThat(a.title()).isEqualTo("Ferry timetable changes");
        assertThat(a.source()).isEqualTo("127.0.0.1");
    }

    @Test
    void redirectsEndAfterFiveHops() {
        assertThatThrownBy(() -> pages(100_000, Duration.ofSeconds(10)).read(at("/loop")))
                .isInstanceOf(ArticleFileException.class).hasMessage("more than 5 redirects");
    }

    @Test
    void aPageOverTheSizeLimitIsRefused() {
        assertThatThrownBy(() -> pages(1000, Duration.ofSeconds(10)).read(at("/big")))
                .isInstanceOf(ArticleFileException.class).hasMessageStartingWith("too large");
    }

    @Test
    void whatIsNotAPageOrTextIsRefusedAndErrorsSayWhy() {
        assertThatThrownBy(() -> pages(100_000, Duration.ofSeconds(10)).read(at("/report.pdf")))
                .hasMessageContaining("application/pdf");
        assertThatThrownBy(() -> pages(100_000, Duration.ofSeconds(10)).read(at("/gone")))
                .hasMessageStartingWith("HTTP 404");
    }

    @Test
    void aBodyThatStallsIsCutOffAtTheTimeLimit() {
        assertThatThrownBy(() -> pages(100_000, Duration.ofSeconds(1)).read(at("/stall")))
                .isInstanceOf(ArticleFileException.class).hasMessageStartingWith("timed out");
    }

    @Test
    void withoutTheAllowFlagTheLocalServerIsRefused() {
        WebPages guarded = new WebPages(new WebSettings(100_000, Duration.ofSeconds(10), false), new ArticleReader(100_000));
        assertThatThrownBy(() -> guarded.read(at("/story.html"))).hasMessageContaining("local, private or metadata");
    }

    @Test
    void aFileIsReadByItsOwnNameAndAnUnsupportedOneIsRefusedBeforeFetching() throws Exception {
        WebPages pages = pages(100_000, Duration.ofSeconds(10));
        assertThat(pages.readFile(at("/notes.md"), "ferry.md").articles().get(0).id()).isEqualTo("ferry");
        assertThatThrownBy(() -> pages.readFile(at("/report.pdf"), "report.pdf")).hasMessageContaining(".pdf");
    }

    private static void redirect(HttpExchange e, String to) throws IOException {
        e.getResponseHeaders().set("Location", to);
        e.sendResponseHeaders(302, -1);
        e.close();
    }

    private static void send(HttpExchange e, int status, String type, byte[] body) throws IOException {
        e.getResponseHeaders().set("Content-Type", type);
        e.sendResponseHeaders(status, body.length);
        try (OutputStream out = e.getResponseBody()) {
            out.write(body);
        }
    }
}
