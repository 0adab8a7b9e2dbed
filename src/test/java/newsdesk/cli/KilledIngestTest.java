package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import newsdesk.article.StoredArticle;
import newsdesk.retrieval.NewsIndex;
import newsdesk.retrieval.Retrieval;
import newsdesk.retrieval.RetrievalSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of an ingest, in a process of its own: what was committed before stays, whole, the
 * store opens, and running the same ingest again adds the rest.
 */
class KilledIngestTest {
    static final int ARTICLES = 300;

    @TempDir
    Path tmp;

    @Test
    void aKilledIngestKeepsWholeArticlesAndARerunAddsTheRest() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("articles"));
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(folder.resolve(String.format("story-%03d.md", i)), "# Story number " + i + "\n\n"
                    + "The council of district " + i + " met on Monday to vote on the budget for roads, schools "
                    + "and the harbour, and agreed to meet again in " + (i % 12 + 1) + " weeks.\n");
        }
        Path data = tmp.resolve("data");
        Process ingest = new ProcessBuilder(javaBinary(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "newsdesk.Newsdesk", "--data", data.toString(), "ingest", folder.toString())
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("ingest.log").toFile())
                .start();
        int committed;
        try (NewsIndex reader = openReader(data)) {
            committed = awaitFirstCommit(reader, ingest);
            ingest.destroyForcibly(); // SIGKILL: no shutdown hook, no close
            assertThat(ingest.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(committed).as("killed half way: " + Files.readString(tmp.resolve("ingest.log")))
                .isBetween(1, ARTICLES - 1);

        List<StoredArticle> kept;
        try (NewsIndex reopened = openReader(data)) {
            reopened.version();
            kept = new ArrayList<>(reopened.articles());
            assertThat(kept).hasSizeGreaterThanOrEqualTo(committed);
            assertThat(kept).allSatisfy(s -> assertThat(s.passages()).isEqualTo(1));
            assertThat(reopened.passageCount()).isEqualTo(kept.size());
        }

        CliRun rerun = CliRun.run(data, "ingest", folder.toString());
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(rerun.out()).startsWith((ARTICLES - kept.size()) + " added, 0 updated, " + kept.size() + " unchanged");
        try (NewsIndex after = openReader(data)) {
            assertThat(after.articles()).hasSize(ARTICLES);
        }
    }

    /** Polls (a condition, not a time) until the ingest has committed something; fails if it ends first. */
    private static int awaitFirstCommit(NewsIndex reader, Process ingest) throws InterruptedException {
        for (int i = 0; i < 6000; i++) {
            reader.version(); // picks up another process's commit now
            int count = reader.articles().size();
            if (count > 0) {
                return count;
            }
            if (!ingest.isAlive()) {
                break;
            }
            Thread.sleep(20);
        }
        return reader.articles().size();
    }

    private static NewsIndex openReader(Path data) {
        return Retrieval.open(data.resolve("index"), Retrieval.defaultEmbedder(new NoEmbeddings()), RetrievalSettings.DEFAULTS,
                Clock.systemUTC());
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString());
    }

    /** Counting articles embeds nothing. */
    private static final class NoEmbeddings implements EmbeddingModel {
        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            throw new AssertionError("a reader that only counts never embeds");
        }

        @Override
        public int dimension() {
            return 384;
        }
    }
}
