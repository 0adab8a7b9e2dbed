package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import newsdesk.article.Article;
import newsdesk.retrieval.NewsIndex;
import newsdesk.retrieval.Retrieval;
import newsdesk.retrieval.RetrievalSettings;
import newsdesk.retrieval.WriterWait;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cases of issue 11, through the command line in process: the sample never reaches the user's store, readers
 * never wait for a writer, two ingests both finish, same-named files in two folders, a one-byte file, and text that
 * would reorder or hide what an answer shows.
 */
class StoreKeepsToItsOwnerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARTICLE = """
            ---
            title: Dockers return to work at Port Carrow
            source: Harbour Gazette
            published: 2024-03-09
            ---
            The strike at Port Carrow ended on Friday after eleven days, when the dockers' union accepted a pay offer
            of six percent. Cranes were moving again by Saturday morning and the first ships left the harbour at noon.
            """;

    @TempDir
    Path tmp;

    Path data() {
        return tmp.resolve("data");
    }

    Path folder(String name, Map<String, String> files) throws Exception {
        Path root = tmp.resolve(name);
        for (var f : files.entrySet()) {
            Path file = root.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, f.getValue());
        }
        return root;
    }

    @Test
    void theDemoAnswersAnEmptyStoreWithANotice_writesNothing_andGivesWayToTheUsersArticles() throws Exception {
        CliRun demo = CliRun.run(data(), "ask", "--json", "How many hostages died?");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        JsonNode answer = JSON.readTree(demo.out());
        assertThat(answer.get("abstained").asBoolean()).isFalse();
        assertThat(answer.get("notice").asText())
                .isEqualTo("answering from the bundled sample; add articles with `newsdesk ingest`");
        assertThat(data()).doesNotExist();

        CliRun articles = CliRun.run(data(), "articles");
        assertThat(articles.out()).contains("No articles stored").contains("in-amenas-2013-01-19")
                .contains("not in your store");
        assertThat(CliRun.run(data(), "articles", "--json").out()).isEmpty();
        assertThat(data()).doesNotExist();

        Path mine = folder("mine", Map.of("port.md", ARTICLE));
        CliRun ingest = CliRun.run(data(), "ingest", mine.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        assertThat(ingest.out()).startsWith("1 added, 0 updated, 0 unchanged, 0 skipped");

        List<String> ids = CliRun.run(data(), "articles", "--json").outLines().stream()
                .map(line -> read(line).get("id").asText()).toList();
        assertThat(ids).containsExactly("port");
        JsonNode own = JSON.readTree(CliRun.run(data(), "ask", "--json", "How many days did the strike last?").out());
        assertThat(own.get("notice").isNull()).isTrue();
        assertThat(own.get("answer").asText()).contains("eleven days");
        JsonNode sampleQuestion = JSON.readTree(CliRun.run(data(), "ask", "--json", "How many hostages died?").out());
        assertThat(sampleQuestion.get("abstained").asBoolean()).as("the sample is not in the store").isTrue();
    }

    @Test
    void anAskDuringTheFirstIngestDoesNotWaitForTheWriterAndAddsNothing() throws Exception {
        try (NewsIndex writer = openStore(data())) {
            writer.put(new Article("being-written", "Half way", null, null, null, ARTICLE, "test"));
            // the writer holds the store's write lock and has committed nothing
            CliRun ask = CliRun.run(data(), "", Map.of("NEWSDESK_INGEST_WAIT_SECONDS", "1"),
                    "ask", "--json", "How many hostages died?");
            assertThat(ask.exitCode()).as(ask.err()).isZero();
            assertThat(read(ask.out()).get("notice").asText()).contains("bundled sample");
            assertThat(ask.err()).doesNotContain("waiting for");
            writer.commit();
        }
        List<String> ids = CliRun.run(data(), "articles", "--json").outLines().stream()
                .map(line -> read(line).get("id").asText()).toList();
        assertThat(ids).containsExactly("being-written");
    }

    @Test
    void aSecondIngestWaitsVisiblyForTheFirstThenAddsEverything() throws Exception {
        Path first = folder("first", Map.of("a.md", ARTICLE.replace("eleven", "twelve"),
                "b.md", ARTICLE.replace("eleven", "thirteen")));
        Path second = folder("second", Map.of("c.md", ARTICLE.replace("eleven", "fourteen"),
                "d.md", ARTICLE.replace("eleven", "fifteen")));
        CompletableFuture<CliRun> waiting;
        ByteArrayOutputStream waitingErr = new ByteArrayOutputStream();
        try (NewsIndex otherIngest = openStore(data())) {
            otherIngest.put(new Article("other", "Another ingest's article", null, null, null, ARTICLE, "test"));
            waiting = CompletableFuture.supplyAsync(() -> runLive(waitingErr, "ingest", second.toString()));
            awaitText(waitingErr, "waiting for another ingest");
            assertThat(waiting).isNotDone();
            otherIngest.commit(); // the other ingest is done
        }
        CliRun third = CliRun.run(data(), "ingest", first.toString());
        CliRun waited = waiting.get(60, TimeUnit.SECONDS);

        assertThat(waited.exitCode()).as(waited.err()).isZero();
        assertThat(waited.out()).startsWith("2 added");
        assertThat(waited.err()).contains("newsdesk: waiting for another ingest").contains("to finish writing");
        assertThat(third.exitCode()).as(third.err()).isZero();
        List<String> ids = CliRun.run(data(), "articles", "--json").outLines().stream()
                .map(line -> read(line).get("id").asText()).toList();
        assertThat(ids).containsExactlyInAnyOrder("other", "a", "b", "c", "d");
    }

    @Test
    void aWaitWithALimitEndsWithExitCodeOneAndNamesWhatWasNotAdded() throws Exception {
        Path files = folder("later", Map.of("c.md", ARTICLE, "d.md", ARTICLE.replace("eleven", "nine")));
        try (NewsIndex otherIngest = openStore(data())) {
            otherIngest.put(new Article("other", "Another ingest's article", null, null, null, ARTICLE, "test"));
            CliRun run = CliRun.run(data(), "", Map.of("NEWSDESK_INGEST_WAIT_SECONDS", "1"), "ingest", files.toString());
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).contains("0 added").contains("2 not added")
                    .contains("  not added " + files.resolve("c.md")).contains("  not added " + files.resolve("d.md"));
            assertThat(run.err()).contains("ingest stopped early, 2 files not added")
                    .contains("longer than the 1 s this one waits (ingest.wait-seconds)");
        }
    }

    @Test
    void theSameFileNameInTwoFoldersGivesTwoArticles_andAnIngestAgainChangesNothing() throws Exception {
        Path site = folder("site", Map.of("a/index.md", ARTICLE, "b/index.md", ARTICLE.replace("eleven", "ten")));
        CliRun first = CliRun.run(data(), "ingest", site.toString());
        assertThat(first.out()).startsWith("2 added, 0 updated, 0 unchanged, 0 skipped");
        assertThat(first.exitCode()).isZero();
        CliRun again = CliRun.run(data(), "ingest", site.toString());
        assertThat(again.out()).startsWith("0 added, 0 updated, 2 unchanged, 0 skipped");
        assertThat(CliRun.run(data(), "articles").out()).contains("a/index").contains("b/index");
    }

    @Test
    void aOneByteFileIsSkippedAsTooShort_andNothingIsMadeOfIt() throws Exception {
        Path tiny = folder("tiny", Map.of("x.md", "x"));
        CliRun run = CliRun.run(data(), "ingest", tiny.toString());
        assertThat(run.exitCode()).as("nothing could be stored").isEqualTo(1);
        assertThat(run.out()).contains("skipped " + tiny.resolve("x.md")
                + ": too few words to be an article (1; at least 20, see ingest.min-words)");
        JsonNode answer = read(CliRun.run(data(), "ask", "--json", "What is x?").out());
        assertThat(answer.get("answer").asText()).doesNotContain("x [1]");

        Path mixed = folder("mixed", Map.of("x.md", "x", "port.md", ARTICLE));
        CliRun some = CliRun.run(data(), "ingest", mixed.toString());
        assertThat(some.exitCode()).as("stored some, skipped some").isEqualTo(3);
    }

    @Test
    void bidiControlsZeroWidthCharactersAndLookAlikeMentionsNeverReachAnAnswer_butTheQuoteKeepsThem() throws Exception {
        String tricky = ARTICLE.replace("after eleven days", "after \u202Eeleven\u202C days, \uFF20everyone,")
                .replace("Cranes were", "Cranes@\u200Beveryone were");
        Path folder = folder("tricky", Map.of("port.md", tricky));
        assertThat(CliRun.run(data(), "ingest", folder.toString()).exitCode()).isZero();

        CliRun human = CliRun.run(data(), "ask", "How many days did the strike last?");
        assertThat(human.out()).contains("eleven").doesNotContain("\u202E").doesNotContain("\u202C")
                .doesNotContain("\u200B").doesNotContain("\uFF20").contains("@everyone");
        JsonNode json = read(CliRun.run(data(), "ask", "--json", "How many days did the strike last?").out());
        assertThat(json.get("answer").asText()).contains("eleven").doesNotContain("\u202E").doesNotContain("\uFF20");
        assertThat(json.get("citations").get(0).get("quote").asText()).as("data stays verbatim")
                .contains("\u202Eeleven\u202C").contains("\uFF20everyone");
    }

    private static NewsIndex openStore(Path data) {
        return Retrieval.open(data.resolve("index"), Retrieval.defaultEmbeddingModel(),
                RetrievalSettings.DEFAULTS, Clock.systemUTC(),
                WriterWait.of(java.util.Optional.of(Duration.ofSeconds(30)), message -> { }));
    }

    /** Runs the command line in another thread, with standard error readable while it runs. */
    private CliRun runLive(ByteArrayOutputStream err, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> argv = new java.util.ArrayList<>(List.of("--data", data().toString()));
        argv.addAll(List.of(args));
        Cli cli = new Cli(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), Clock.systemUTC(), false);
        int code = cli.run(argv.toArray(String[]::new));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Waits until the text appears (a condition, not a time), failing after a generous minute. */
    private static void awaitText(ByteArrayOutputStream stream, String text) throws InterruptedException {
        for (int i = 0; i < 1200 && !stream.toString(StandardCharsets.UTF_8).contains(text); i++) {
            Thread.sleep(50);
        }
        assertThat(stream.toString(StandardCharsets.UTF_8)).contains(text);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
