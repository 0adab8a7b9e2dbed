package newsdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import newsdesk.article.Article;
import newsdesk.article.IngestOutcome;
import newsdesk.article.Passage;
import newsdesk.article.Passages;
import newsdesk.article.Sentence;
import newsdesk.article.StoreBusyException;
import newsdesk.article.StoredArticle;
import newsdesk.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneArticleStoreTest {
    static final RetrievalSettings SETTINGS = new RetrievalSettings(RetrievalMode.HYBRID, 2, 20, 5, 60);
    static final Article FLOODS = new Article("floods", "Floods close river crossings", "Daily Bugle", "2024-03-01",
            "https://example.org/floods",
            "Heavy rain flooded the valley on Monday. Three bridges were closed by the police. "
                    + "Farmers moved their cattle to higher ground. The weather service expects more rain on Friday. "
                    + "Schools will stay shut until the water recedes. Volunteers filled sandbags through the night.",
            "floods.md");

    @TempDir
    Path dir;
    final HashingEmbeddingModel model = new HashingEmbeddingModel();
    final MutableClock clock = new MutableClock(Instant.parse("2024-03-02T10:15:30.123456Z"));
    LuceneArticleStore store;

    @BeforeEach
    void open() {
        store = open(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** What writers were told while waiting, and what to do each time one pauses (by default: let time pass). */
    final List<String> waitMessages = new CopyOnWriteArrayList<>();
    Runnable onPause = () -> clock.advance(Duration.ofMillis(100));

    LuceneArticleStore open(Path folder) {
        WriterWait wait = new WriterWait(Optional.of(Duration.ofSeconds(2)), waitMessages::add, () -> onPause.run());
        return new LuceneArticleStore(folder, model, SETTINGS, clock, IndexOptions.DEFAULT.withWriterWait(wait));
    }

    @Test
    void anEmptyFolderHoldsNoArticles() {
        assertThat(store.articles()).isEmpty();
        assertThat(store.article("floods")).isEmpty();
        assertThat(store.version()).isZero();
        assertThat(store.passageCount()).isZero();
        assertThat(store.retrieve("rain", 5)).isEmpty();
    }

    @Test
    void addsAnArticleVisibleAfterCommit() {
        IngestOutcome outcome = store.put(FLOODS);

        assertThat(outcome).isEqualTo(new IngestOutcome(IngestOutcome.Kind.ADDED, "floods", 3, null));
        assertThat(store.articles()).isEmpty();

        store.commit();

        StoredArticle stored = store.article("floods").orElseThrow();
        assertThat(stored.article()).isEqualTo(FLOODS);
        assertThat(stored.ingestedAt()).isEqualTo(clock.instant());
        assertThat(stored.passages()).isEqualTo(3);
        assertThat(stored.contentHash()).isEqualTo(newsdesk.article.ContentHash.of(FLOODS.text()));
        assertThat(store.articles()).containsExactly(stored);
        assertThat(store.passageCount()).isEqualTo(3);
        assertThat(model.embedded.get()).as("each of the six sentences once, passages from their sentences").isEqualTo(6);
    }

    @Test
    void anUnchangedArticleIsNotEmbeddedAgain() {
        store.put(FLOODS);
        store.commit();
        long version = store.version();
        int embedded = model.embedded.get();

        IngestOutcome again = store.put(FLOODS);
        store.commit();

        assertThat(again.kind()).isEqualTo(IngestOutcome.Kind.UNCHANGED);
        assertThat(again.passages()).isEqualTo(3);
        assertThat(model.embedded.get()).isEqualTo(embedded);
        assertThat(store.version()).isEqualTo(version);
    }

    @Test
    void anUnchangedArticleIsRecognisedBeforeCommitToo() {
        store.put(FLOODS);

        assertThat(store.put(FLOODS).kind()).isEqualTo(IngestOutcome.Kind.UNCHANGED);
    }

    @Test
    void newTextReplacesAllOldPassages() {
        store.put(FLOODS);
        store.commit();
        long before = store.version();
        Article rewritten = withText(FLOODS, "The river fell overnight. Bridges reopened at dawn.");
        clock.advance(Duration.ofHours(1));

        IngestOutcome outcome = store.put(rewritten);
        store.commit();

        assertThat(outcome.kind()).isEqualTo(IngestOutcome.Kind.UPDATED);
        assertThat(outcome.passages()).isEqualTo(1);
        assertThat(store.version()).isNotEqualTo(before);
        assertThat(store.passageCount()).isEqualTo(1);
        assertThat(store.articles()).hasSize(1);
        assertThat(store.article("floods").orElseThrow().ingestedAt()).isEqualTo(clock.instant());
        assertThat(store.retriever(RetrievalMode.BM25).retrieve("cattle farmers", 5)).isEmpty();
        assertThat(store.retriever(RetrievalMode.BM25).retrieve("bridges reopened", 5))
                .singleElement().satisfies(hit -> assertThat(hit.passage().text()).contains("reopened"));
    }

    @Test
    void newMetadataIsAnUpdate() {
        store.put(FLOODS);
        store.commit();
        Article retitled = new Article(FLOODS.id(), "Valley floods", FLOODS.source(), FLOODS.published(),
                FLOODS.url(), FLOODS.text(), FLOODS.origin());

        assertThat(store.put(retitled).kind()).isEqualTo(IngestOutcome.Kind.UPDATED);
        store.commit();
        assertThat(store.article("floods").orElseThrow().article().title()).isEqualTo("Valley floods");
        assertThat(store.passageCount()).isEqualTo(3);
    }

    @Test
    void theSameTextUnderAnotherIdIsADuplicateAndNotStored() {
        store.put(FLOODS);
        store.commit();
        Article copy = new Article("floods-copy", "Copy", "Other paper", null, null,
                "  Heavy rain flooded the valley on Monday.\n Three bridges were closed by the police. "
                        + "Farmers moved their cattle to higher ground. The weather service expects more rain on Friday. "
                        + "Schools will stay shut until the water recedes. Volunteers filled   sandbags through the night.",
                "copy.md");

        IngestOutcome outcome = store.put(copy);
        store.commit();

        assertThat(outcome).isEqualTo(new IngestOutcome(IngestOutcome.Kind.DUPLICATE, "floods-copy", 0, "floods"));
        assertThat(store.article("floods-copy")).isEmpty();
        assertThat(store.passageCount()).isEqualTo(3);
    }

    @Test
    void duplicatesAreFoundAmongUncommittedArticles() {
        store.put(FLOODS);

        IngestOutcome outcome = store.put(withId(FLOODS, "other"));

        assertThat(outcome.kind()).isEqualTo(IngestOutcome.Kind.DUPLICATE);
        assertThat(outcome.detail()).isEqualTo("floods");
    }

    @Test
    void aTextGivenUpByItsArticleIsNoLongerADuplicate() {
        store.put(FLOODS);
        store.commit();
        store.put(withText(FLOODS, "Something else entirely. It happened today."));

        assertThat(store.put(withId(FLOODS, "moved")).kind()).isEqualTo(IngestOutcome.Kind.ADDED);
    }

    @Test
    void passagesComeBackWithExactSentenceOffsets() {
        store.put(FLOODS);
        store.commit();
        List<Passage> expected = Passages.split(FLOODS, SETTINGS.passageSentences());

        List<RetrievedPassage> hits = store.retriever(RetrievalMode.BM25).retrieve("rain bridges cattle schools", 10);

        assertThat(hits).extracting(RetrievedPassage::passage).containsExactlyInAnyOrderElementsOf(expected);
        for (RetrievedPassage hit : hits) {
            for (Sentence s : hit.passage().sentences()) {
                assertThat(s.text()).isEqualTo(FLOODS.text().substring(s.start(), s.end()));
            }
            assertThat(hit.article().article()).isEqualTo(FLOODS);
        }
    }

    @Test
    void aSecondInstanceSeesCommitsAndWritesOnceTheFirstHasCommitted() {
        try (LuceneArticleStore other = open(dir)) {
            long start = other.version();
            store.put(FLOODS);
            assertThat(other.version()).isEqualTo(start);

            store.commit();

            assertThat(other.version()).isNotEqualTo(start);
            assertThat(other.article("floods")).isPresent();
            assertThat(other.put(withId(withText(FLOODS, "A second story. It is short."), "second")).kind())
                    .isEqualTo(IngestOutcome.Kind.ADDED);
            other.commit();
        }
        assertThat(store.version()).isPositive();
        assertThat(store.article("second")).isPresent();
        assertThat(store.articles()).hasSize(2);
    }

    @Test
    void searchesPickUpAnotherInstancesCommitsWithoutBeingAsked() throws InterruptedException {
        try (LuceneArticleStore other = open(dir)) {
            assertThat(other.articles()).isEmpty();
            store.put(FLOODS);
            store.commit();

            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (other.articles().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(other.articles()).hasSize(1);
        }
    }

    @Test
    void anotherInstanceSeesTheOldArticleWhole_untilTheUpdateIsCommitted() {
        store.put(FLOODS);
        store.commit();
        try (LuceneArticleStore other = open(dir)) {
            store.put(withText(FLOODS, "The river fell overnight. Bridges reopened at dawn."));

            assertThat(other.version()).isEqualTo(store.version());
            assertThat(other.passageCount()).isEqualTo(3);
            assertThat(other.article("floods").orElseThrow().article().text()).isEqualTo(FLOODS.text());

            store.commit();

            other.version();
            assertThat(other.passageCount()).isEqualTo(1);
            assertThat(other.article("floods").orElseThrow().passages()).isEqualTo(1);
        }
    }

    @Test
    void aWriterWaitsNamingTheOtherWriterThenGivesUpAfterItsLimitOnTheClock() {
        store.put(FLOODS); // holds the write lock until commit
        Instant start = clock.instant();
        try (LuceneArticleStore other = open(dir)) {
            assertThatThrownBy(() -> other.put(withId(withText(FLOODS, "Other news. More of it."), "other")))
                    .isInstanceOf(StoreBusyException.class)
                    .hasMessageContaining("another ingest")
                    .hasMessageContaining("longer than the 2 s");
        }
        assertThat(Duration.between(start, clock.instant())).isEqualTo(Duration.ofSeconds(2));
        assertThat(waitMessages).singleElement().asString().startsWith("waiting for another ingest")
                .contains("to finish writing " + dir);
    }

    @Test
    void aWaitingWriterCarriesOnOnceTheOtherCommitsAndLosesNothing() {
        store.put(FLOODS);
        AtomicInteger pauses = new AtomicInteger();
        onPause = () -> {
            if (pauses.incrementAndGet() == 3) {
                store.commit(); // the first writer finishes its turn
            }
        };
        try (LuceneArticleStore other = open(dir)) {
            assertThat(other.put(withId(withText(FLOODS, "Other news. More of it."), "other")).kind())
                    .isEqualTo(IngestOutcome.Kind.ADDED);
            other.commit();
        }
        assertThat(pauses).hasValue(3);
        store.version();
        assertThat(store.articles()).extracting(StoredArticle::id).containsExactlyInAnyOrder("floods", "other");
        assertThat(waitMessages).hasSize(1);
    }

    @Test
    void aReaderOfAFolderThatIsNotThereCreatesNothing_aWriterCreatesIt() {
        Path missing = dir.resolve("not-yet").resolve("index");
        try (LuceneArticleStore reader = open(missing)) {
            assertThat(reader.articles()).isEmpty();
            assertThat(reader.passageCount()).isZero();
            assertThat(reader.retrieve("rain", 3)).isEmpty();
            assertThat(reader.version()).isZero();
        }
        assertThat(dir.resolve("not-yet")).doesNotExist();
        try (LuceneArticleStore writer = open(missing)) {
            writer.put(FLOODS);
            writer.commit();
        }
        assertThat(missing).isDirectory();
    }

    @Test
    void aFileWhereTheFolderShouldBeIsReportedWithTheSystemsReason() throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("data"), "not a folder");
        try (LuceneArticleStore writer = open(file.resolve("index"))) {
            assertThatThrownBy(() -> writer.put(FLOODS)).hasMessageContaining("cannot create the index folder")
                    .hasMessageContaining("not a directory");
        }
    }

    @Test
    void anIndexInMemoryIsBuiltAndSearchedLikeAFolderAndLeavesNoTrace() {
        try (NewsIndex memory = Retrieval.inMemory("a demo", model, SETTINGS, clock)) {
            memory.put(FLOODS);
            memory.commit();
            assertThat(memory.articles()).extracting(StoredArticle::id).containsExactly("floods");
            assertThat(memory.retrieve("rain", 3)).isNotEmpty();
        }
    }

    @Test
    void closingCommitsWhatWasPut() {
        store.put(FLOODS);
        store.close();

        store = open(dir);
        assertThat(store.article("floods")).isPresent();
    }

    @Test
    void anArticleWithoutSentencesIsStoredWithoutPassages() {
        Article blank = withId(withText(FLOODS, "   "), "blank");

        assertThat(store.put(blank).passages()).isZero();
        store.commit();
        assertThat(store.article("blank")).isPresent();
        assertThat(store.passageCount()).isZero();
    }

    @Test
    void compactingKeepsEverything() {
        store.put(FLOODS);
        store.commit();
        store.put(withId(withText(FLOODS, "A second story. It is short."), "second"));
        store.commit();

        store.compact();

        assertThat(store.articles()).hasSize(2);
        assertThat(store.passageCount()).isEqualTo(4);
    }

    @Test
    void rareWordsWeighMoreThanCommonOnes() {
        store.put(FLOODS);
        store.put(withId(withText(FLOODS, "Rain fell again. The rain stopped at noon."), "rain"));
        store.commit();

        assertThat(store.idf("cattle")).isGreaterThan(store.idf("rain"));
        assertThat(store.idf("Raining")).isEqualTo(store.idf("rain"));
        assertThat(store.idf("unheard")).isGreaterThan(store.idf("cattle"));
        assertThat(store.idf("the")).isZero();
        assertThat(store.idf("...")).isZero();
    }

    @Test
    void putAllDecidesInOrderAndEmbedsOnce() {
        Article second = withId(withText(FLOODS, "A second story. It is short."), "second");
        Article secondAgain = withText(second, "A second story, corrected. It is short.");
        List<IngestOutcome> outcomes = store.putAll(List.of(FLOODS, withId(FLOODS, "copy"), second, secondAgain, FLOODS));
        store.commit();

        assertThat(outcomes).extracting(IngestOutcome::kind).containsExactly(IngestOutcome.Kind.ADDED,
                IngestOutcome.Kind.DUPLICATE, IngestOutcome.Kind.ADDED, IngestOutcome.Kind.UPDATED,
                IngestOutcome.Kind.UNCHANGED);
        assertThat(outcomes.get(1).detail()).isEqualTo("floods");
        assertThat(store.articles()).extracting(StoredArticle::id).containsExactlyInAnyOrder("floods", "second");
        assertThat(store.article("second").orElseThrow().article().text()).contains("corrected");
        assertThat(store.passageCount()).isEqualTo(4);
    }

    @Test
    void whenEmbeddingFailsNothingOfTheBatchIsStoredAndItCanBeRetried() {
        HashingEmbeddingModel failingOnce = new HashingEmbeddingModel() {
            boolean failed;

            @Override
            public dev.langchain4j.model.output.Response<List<dev.langchain4j.data.embedding.Embedding>> embedAll(
                    List<dev.langchain4j.data.segment.TextSegment> segments) {
                if (!failed) {
                    failed = true;
                    throw new IllegalStateException("model crashed");
                }
                return super.embedAll(segments);
            }
        };
        store.close();
        store = new LuceneArticleStore(dir, failingOnce, SETTINGS, clock, IndexOptions.DEFAULT);
        Article second = withId(withText(FLOODS, "A second story. It is short."), "second");

        assertThatThrownBy(() -> store.putAll(List.of(FLOODS, second))).hasMessageContaining("model crashed");
        assertThat(store.putAll(List.of(second, FLOODS))).extracting(IngestOutcome::kind)
                .containsExactly(IngestOutcome.Kind.ADDED, IngestOutcome.Kind.ADDED);
        store.commit();
        assertThat(store.passageCount()).isEqualTo(4);
    }

    static Article withText(Article a, String text) {
        return new Article(a.id(), a.title(), a.source(), a.published(), a.url(), text, a.origin());
    }

    static Article withId(Article a, String id) {
        return new Article(id, a.title(), a.source(), a.published(), a.url(), a.text(), a.origin());
    }

    @Test
    void everySentenceIsStoredWithItsVectorForTheReader() {
        store.put(FLOODS);
        store.commit();
        ArticleSentences read = store.sentences("floods").orElseThrow();
        assertThat(read.sentences()).hasSize(6);
        assertThat(read.sentences().get(1).text()).isEqualTo("Three bridges were closed by the police.");
        assertThat(read.vectors().size()).isEqualTo(6);
        float[] question = store.queryVector("Three bridges were closed by the police.");
        int best = 0;
        for (int i = 1; i < 6; i++) {
            if (read.vectors().dot(i, question) > read.vectors().dot(best, question)) {
                best = i;
            }
        }
        assertThat(best).as("the sentence most like the question").isEqualTo(1);
        assertThat(read.indexOf(read.sentences().get(4).start())).isEqualTo(4);
        assertThat(store.sentences("nothing-here")).isEmpty();
    }

    @Test
    void anIndexMadeWithAnotherModelIsRefusedUntilItIsEmbeddedAgain() {
        Path folder = dir.resolve("made-with-hashing");
        try (LuceneArticleStore hashing = open(folder)) {
            hashing.put(FLOODS);
            hashing.commit();
        }
        Embedder other = Embedder.plain("another-model", new HashingEmbeddingModel());
        assertThatThrownBy(() -> Retrieval.open(folder, other, SETTINGS, clock))
                .isInstanceOf(EmbeddingModelMismatch.class)
                .hasMessageContaining("HashingEmbeddingModel").hasMessageContaining("another-model")
                .hasMessageContaining("newsdesk reindex");
        try (NewsIndex again = Retrieval.openForReembedding(folder, other, SETTINGS, clock,
                WriterWait.of(java.util.Optional.empty(), m -> { }))) {
            assertThat(again.reembedAll(10, done -> { })).isEqualTo(1);
        }
        try (NewsIndex reopened = Retrieval.open(folder, other, SETTINGS, clock)) {
            assertThat(reopened.embeddingModel()).isEqualTo("another-model");
            assertThat(reopened.retrieve("bridges closed", 1)).isNotEmpty();
        }
    }

    @Test
    void manySmallCommitsLeaveMergedSegmentsNotOneEach() throws Exception {
        for (int i = 0; i < 40; i++) {
            store.putAll(List.of(new Article("report-" + i, "Report " + i, "Daily Bugle", "2024-03-01", null,
                    "The council met on day " + i + " to discuss budget item " + (i * 31 % 97) + ". "
                            + "Members voted " + i + " to " + (40 - i) + " on the proposal.", null)));
            store.commit();
        }
        // Tiered merging keeps about ten segments of one size; merges that never finished would leave one a commit.
        try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(dir)) {
            assertThat(org.apache.lucene.index.SegmentInfos.readLatestCommit(d).size()).isLessThanOrEqualTo(12);
        }
        assertThat(store.articles()).hasSize(40);
    }
}
