package newsdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import newsdesk.article.Article;
import newsdesk.article.Passages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchTest {
    @TempDir
    Path cache;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return BenchCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), cache, 30);
    }

    @Test
    void aSmallRunPrintsOneJsonObjectWithEveryFigure_andTheSameFiguresMakeATable() throws Exception {
        assertThat(run("--passages", "20", "--json")).isEqualTo(0);

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed.strip().lines()).hasSize(1);
        JsonNode r = new ObjectMapper().readTree(printed);
        assertThat(r.path("passages").asInt()).isEqualTo(20);
        assertThat(r.path("ingest").path("passages_per_s").asDouble()).isPositive();
        assertThat(r.path("ingest").path("raw_model_passages_per_s").asDouble()).isPositive();
        for (String mode : List.of("bm25", "vector", "hybrid")) {
            assertThat(r.path("search_ms").path(mode).path("p95").asDouble()).as(mode).isPositive();
        }
        assertThat(r.path("baseline_in_memory_ms").path("p50").asDouble()).isPositive();
        assertThat(r.path("ask_ms").path("warm").path("p95").asDouble()).isPositive();
        assertThat(r.path("heap_mb_index_open").asDouble()).isPositive();
        assertThat(r.path("targets").path("applies_at_passages").asInt()).isEqualTo(100_000);
        assertThat(Files.list(cache)).isNotEmpty();

        @SuppressWarnings("unchecked")
        Map<String, Object> figures = new ObjectMapper().readValue(printed, Map.class);
        assertThat(Report.table(figures)).contains("real embedding on the first 20 passages", "p50", "p95",
                "p99", "InMemoryEmbeddingStore", "TARGETS (set for 100,000 passages; this run has 20)");
    }

    @Test
    void badArgumentsAreAUsageError() {
        assertThat(run("--passages", "many")).isEqualTo(2);
        assertThat(run("--passages")).isEqualTo(2);
        assertThat(run("--fast")).isEqualTo(2);
        assertThat(run("--passages", "5")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: newsdesk bench", "--passages must be between 10", "whole number");
        assertThat(out.size()).isZero();
    }

    @Test
    void theSyntheticCorpusIsDeterministicAndSplitsIntoTheRequestedPassages() {
        List<Article> a = SyntheticCorpus.articles(5_000, 7);
        List<Article> b = SyntheticCorpus.articles(5_000, 7);

        assertThat(a).isEqualTo(b);
        assertThat(a.stream().mapToInt(x -> Passages.split(x, 3).size()).sum()).isEqualTo(5_000);
        assertThat(a).allSatisfy(x -> assertThat(Passages.split(x, 3)).allSatisfy(p -> {
            int words = p.text().split(" ").length;
            assertThat(words).isBetween(48, 70);
        }));
        assertThat(a.stream().flatMap(x -> List.of(x.text().toLowerCase().split("[^a-z]+")).stream()).distinct().count())
                .isGreaterThan(2_000);
    }
}
