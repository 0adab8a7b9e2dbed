package newsdesk.retrieval;

import newsdesk.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Search over a tiny corpus indexed once with the real embedding model. */
class PassageSearchTest {
    static final EmbeddingModel MODEL = Retrieval.defaultEmbeddingModel();
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2024-03-02T10:15:30Z"));
    static final RetrievalSettings SETTINGS = new RetrievalSettings(RetrievalMode.HYBRID, 2, 20, 5, 60);

    @TempDir
    static Path dir;
    static NewsIndex index;

    @BeforeAll
    static void load() {
        index = new LuceneArticleStore(dir, MODEL, SETTINGS, CLOCK, IndexOptions.DEFAULT);
        TinyCorpus.load(index);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @ParameterizedTest
    @EnumSource(RetrievalMode.class)
    void eachModeFindsThePassageForAParaphrasedQuestion(RetrievalMode mode) {
        String question = switch (mode) {
            // BM25 needs a shared stem ("closing" ~ "closed"), the vector index does not
            case BM25, HYBRID -> "Why are the bridges closing?";
            case VECTOR -> "Which river crossings did officers shut?";
        };

        List<RetrievedPassage> hits = index.retriever(mode).retrieve(question, 3);

        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).passage().text()).contains("Three bridges were closed by the police.");
        assertThat(hits).extracting(RetrievedPassage::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void vectorSearchMatchesMeaningWithoutSharedWords() {
        List<RetrievedPassage> hits = index.retriever(RetrievalMode.VECTOR).retrieve("space pictures of far away star systems", 1);

        assertThat(hits).singleElement().satisfies(h -> assertThat(h.article().id()).isEqualTo("telescope"));
        assertThat(index.retriever(RetrievalMode.BM25).retrieve("far away star systems", 1)).isEmpty();
    }

    @Test
    void theDefaultRetrieveUsesTheConfiguredModeAndCapsTheCount() {
        assertThat(index.settings().mode()).isEqualTo(RetrievalMode.HYBRID);
        List<RetrievedPassage> hits = index.retrieve("rain", 2);

        assertThat(hits).hasSize(2);
        assertThat(hits.get(0).article().id()).isEqualTo("floods");
    }

    @ParameterizedTest
    @EnumSource(RetrievalMode.class)
    void filtersBySource_caseInsensitively(RetrievalMode mode) {
        SearchFilter planet = new SearchFilter(null, null, Set.of("PLANET"));

        List<RetrievedPassage> hits = index.retriever(mode).retrieve("rain flooded the valley strike vote", planet, 10);

        assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(h.article().article().source()).isEqualTo("Planet"));
    }

    @ParameterizedTest
    @EnumSource(RetrievalMode.class)
    void filtersByPublicationDate_orIngestDateWhenUndated(RetrievalMode mode) {
        String everything = "rain vote galaxies strike mayor bridges images drivers";
        SearchFilter march2 = new SearchFilter(Instant.parse("2024-03-02T00:00:00Z"), Instant.parse("2024-03-03T00:00:00Z"), Set.of());
        SearchFilter beforeMarch = new SearchFilter(null, Instant.parse("2024-03-01T00:00:00Z"), Set.of());
        SearchFilter fromMarch = new SearchFilter(Instant.parse("2024-03-01T00:00:00Z"), null, Set.of());

        assertThat(articleIds(index.retriever(mode).retrieve(everything, march2, 10))).containsOnly("telescope");
        assertThat(articleIds(index.retriever(mode).retrieve(everything, beforeMarch, 10))).containsOnly("election");
        assertThat(articleIds(index.retriever(mode).retrieve(everything, fromMarch, 10)))
                .containsOnly("floods", "telescope", "strike")
                .contains("floods", "strike");
    }

    @Test
    void theVectorFilterAppliesBeforeTheNearestNeighboursAreChosen() {
        // With a single candidate, filtering after the kNN search would keep the floods passage and then drop it.
        NewsIndex narrow = index;
        RetrievalSettings one = new RetrievalSettings(RetrievalMode.VECTOR, 2, 1, 1, 60);
        try (LuceneArticleStore sameFolder = new LuceneArticleStore(dir, MODEL, one, CLOCK, IndexOptions.DEFAULT)) {
            SearchFilter science = new SearchFilter(null, null, Set.of("science weekly"));
            assertThat(narrow.retriever(RetrievalMode.VECTOR).retrieve("Heavy rain flooded the valley", 1))
                    .singleElement().satisfies(h -> assertThat(h.article().id()).isEqualTo("floods"));

            List<RetrievedPassage> hits = sameFolder.retrieve("Heavy rain flooded the valley", science, 1);

            assertThat(hits).singleElement().satisfies(h -> assertThat(h.article().id()).isEqualTo("telescope"));
        }
    }

    @Test
    void aStoreLargerThanTheScanLimitSearchesTheGraphAndFindsTheSame() {
        IndexOptions graphOnly = IndexOptions.DEFAULT.withScan(new ScanOptions(0, 20));
        try (LuceneArticleStore graph = new LuceneArticleStore(dir, MODEL, SETTINGS, CLOCK, graphOnly)) {
            SearchFilter science = new SearchFilter(null, null, Set.of("science weekly"));
            for (String question : List.of("space pictures of far away star systems", "Heavy rain flooded the valley")) {
                assertThat(graph.retriever(RetrievalMode.VECTOR).retrieve(question, 5))
                        .extracting(h -> h.passage().key())
                        .containsExactlyElementsOf(index.retriever(RetrievalMode.VECTOR).retrieve(question, 5).stream()
                                .map(h -> h.passage().key()).toList());
            }
            assertThat(graph.retriever(RetrievalMode.VECTOR).retrieve("Heavy rain flooded the valley", science, 1))
                    .singleElement().satisfies(h -> assertThat(h.article().id()).isEqualTo("telescope"));
        }
    }

    @Test
    void aFilterMatchingNothingFindsNothing() {
        SearchFilter nobody = new SearchFilter(null, null, Set.of("No Such Paper"));

        for (RetrievalMode mode : RetrievalMode.values()) {
            assertThat(index.retriever(mode).retrieve("rain", nobody, 5)).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "(", "AND OR", "", "   ", "title:rain", "bridges AND (police", "\"unbalanced quote",
            "*", "?", "rain~2^3", "[2020 TO", "\\", "-", "+++", "/regex/"})
    void malformedQueriesDoNotThrow(String query) {
        for (RetrievalMode mode : RetrievalMode.values()) {
            assertThatCode(() -> index.retriever(mode).retrieve(query, 5)).doesNotThrowAnyException();
        }
        assertThat(index.retriever(RetrievalMode.BM25).retrieve("\"bridges AND (police:", 5))
                .first().satisfies(h -> assertThat(h.article().id()).isEqualTo("floods"));
    }

    @Test
    void aNullQueryOrZeroLimitFindsNothing() {
        assertThat(index.retrieve(null, SearchFilter.NONE, 5)).isEmpty();
        assertThat(index.retrieve("rain", SearchFilter.NONE, 0)).isEmpty();
    }

    private static List<String> articleIds(List<RetrievedPassage> hits) {
        return hits.stream().map(h -> h.article().id()).distinct().toList();
    }
}
