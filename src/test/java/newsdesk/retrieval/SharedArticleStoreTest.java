package newsdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import newsdesk.article.Article;
import newsdesk.article.IngestOutcome;
import newsdesk.article.StoreBusyException;
import newsdesk.database.DatabaseSettings;
import newsdesk.state.StateDatabase;
import newsdesk.testing.Eventually;
import newsdesk.testing.MutableClock;
import newsdesk.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes (two stores in one JVM, each with its own data folder) sharing one PostgreSQL: what one ingests the
 * other answers from its local copy, built from stored vectors and kept current through the database's changes.
 */
class SharedArticleStoreTest {
    private static final RetrievalSettings SETTINGS = RetrievalSettings.DEFAULTS;

    @TempDir
    Path dataA;
    @TempDir
    Path dataB;
    @TempDir
    Path dataC;

    private final MutableClock clock = MutableClock.at("2025-02-01T09:00:00Z");
    private final DatabaseSettings database = TestPostgres.freshDatabase();
    private final List<AutoCloseable> open = new ArrayList<>();

    @BeforeEach
    void migrate() {
        // the schema comes from the state database's migrations, as in the bot
        StateDatabase.open(database, clock).close();
    }

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private SharedArticleStore process(Path data, HashingEmbeddingModel model) {
        SharedArticleStore store = new SharedArticleStore(database, data.resolve("replica"),
                Embedder.plain("hashing", model), SETTINGS, clock, Duration.ofSeconds(1), false);
        store.follow();
        open.add(store);
        return store;
    }

    private static Article article(String id, String topic) {
        return new Article(id, "About " + topic, "Wire", "2025-01-31", null,
                "The " + topic + " report came out on Friday. Officials said the " + topic + " figures were higher "
                        + "than expected. Analysts expect more news about " + topic + " next week. The market "
                        + "reacted calmly to the " + topic + " data.", "test");
    }

    @Test
    void anArticleIngestedThroughOneProcessIsAnsweredThroughTheOther() {
        SharedArticleStore a = process(dataA, new HashingEmbeddingModel());
        SharedArticleStore b = process(dataB, new HashingEmbeddingModel());

        assertThat(a.put(article("harvest", "harvest")).kind()).isEqualTo(IngestOutcome.Kind.ADDED);
        a.commit();

        assertThat(a.article("harvest")).isPresent();
        Eventually.holds("the other process finds the article", () -> !b.retrieve("harvest figures", 3).isEmpty());
        assertThat(b.retrieve("harvest figures", 3).get(0).passage())
                .isEqualTo(a.retrieve("harvest figures", 3).get(0).passage());
        assertThat(b.article("harvest").orElseThrow()).isEqualTo(a.article("harvest").orElseThrow());
        assertThat(b.possiblyStale()).isFalse();
    }

    @Test
    void aCopyThatHasJustCaughtUpIsNotStaleWhileItsListenerConnects() {
        SharedArticleStore a = process(dataA, new HashingEmbeddingModel());
        a.put(article("harvest", "harvest"));
        a.commit();

        SharedArticleStore b = process(dataB, new HashingEmbeddingModel()); // caught up as it opened
        assertThat(b.article("harvest")).isPresent();
        assertThat(b.possiblyStale()).as("caught up a moment ago; its listener may still be connecting").isFalse();
    }

    @Test
    void aFreshCopyIsBuiltFromTheStoredVectorsWithoutCallingTheModel() {
        SharedArticleStore a = process(dataA, new HashingEmbeddingModel());
        a.putAll(List.of(article("harvest", "harvest"), article("tariffs", "tariff"), article("rainfall", "rainfall")));
        a.commit();

        HashingEmbeddingModel model = new HashingEmbeddingModel();
        SharedArticleStore fresh = process(dataC, model);

        assertThat(fresh.articles()).hasSize(3);
        assertThat(model.embedded.get()).as("texts the new process embedded").isZero();
        ArticleSentences mine = a.sentences("tariffs").orElseThrow();
        ArticleSentences copied = fresh.sentences("tariffs").orElseThrow();
        assertThat(copied.sentences()).isEqualTo(mine.sentences());
        float[] query = a.queryVector("tariff figures");
        for (int i = 0; i < mine.vectors().size(); i++) {
            assertThat(copied.vectors().dot(i, query)).isEqualTo(mine.vectors().dot(i, query));
        }
        assertThat(fresh.retrieve("tariff figures", 5)).extracting(p -> p.passage().key())
                .containsExactlyElementsOf(a.retrieve("tariff figures", 5).stream().map(p -> p.passage().key()).toList());
        assertThat(fresh.idf("tariff")).isEqualTo(a.idf("tariff"));
    }

    @Test
    void aCopyCutOffDuringAnIngestCatchesUpWithNothingLost() {
        SharedArticleStore a = process(dataA, new HashingEmbeddingModel());
        SharedArticleStore b = process(dataB, new HashingEmbeddingModel());
        a.put(article("first", "harvest"));
        a.commit();
        Eventually.holds("the first article arrives", () -> b.article("first").isPresent());

        for (int i = 0; i < 20; i++) {
            if (i % 5 == 0) {
                // every connection of the database is cut (as a restart of the server would), the writer's included
                TestPostgres.admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                        + databaseName() + "' AND pid <> pg_backend_pid()");
            }
            putRetrying(a, article("item-" + i, "topic" + i));
        }
        Eventually.holds("all 21 articles reach the other process", () -> later(b.articles().size() == 21));
        Eventually.holds("the other process follows again", () -> later(!b.possiblyStale()));
    }

    @Test
    void aTransactionThatCommitsLateWithAnEarlierIdIsNotMissed() throws Exception {
        SharedArticleStore a = process(dataA, new HashingEmbeddingModel());
        SharedArticleStore b = process(dataB, new HashingEmbeddingModel());
        a.put(article("source", "harvest"));
        a.commit();
        try (Connection slow = DriverManager.getConnection(database.url()); Statement s = slow.createStatement()) {
            slow.setAutoCommit(false);
            s.execute("SELECT pg_current_xact_id()"); // takes its transaction id now, before the next ingest
            a.put(article("later", "tariff"));
            a.commit();
            Eventually.holds("the later article arrives", () -> b.article("later").isPresent());
            s.execute("INSERT INTO articles (id, content_hash, title, source, published, url, origin, body, "
                    + "ingested_at, passage_sentences, embedding_model, sentence_offsets, sentence_vectors, change_id) "
                    + "SELECT 'slow', 'slow-hash', title, source, published, url, origin, body, ingested_at, "
                    + "passage_sentences, embedding_model, sentence_offsets, sentence_vectors, "
                    + "pg_current_xact_id()::text::bigint FROM articles WHERE id = 'source'");
            s.execute("INSERT INTO passages (article_id, ordinal, offsets, vector) "
                    + "SELECT 'slow', ordinal, offsets, vector FROM passages WHERE article_id = 'source'");
            s.execute("NOTIFY " + ArticleRows.CHANNEL);
            slow.commit();
        }
        Eventually.holds("the article of the slow transaction arrives", () -> b.article("slow").isPresent());
        assertThat(b.sentences("slow").orElseThrow().sentences()).isEqualTo(a.sentences("source").orElseThrow()
                .sentences());
    }

    @Test
    void whileTheDatabaseIsAwayQuestionsAreAnsweredFromTheCopyAndWritesFailWhole() {
        SharedArticleStore a = process(dataA, new HashingEmbeddingModel());
        SharedArticleStore b = process(dataB, new HashingEmbeddingModel());
        a.put(article("harvest", "harvest"));
        a.commit();
        Eventually.holds("the article arrives", () -> b.article("harvest").isPresent());

        TestPostgres.admin("ALTER DATABASE " + databaseName() + " ALLOW_CONNECTIONS false");
        TestPostgres.admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + databaseName()
                + "'");
        try {
            Eventually.holds("the copy knows it may be stale", b::possiblyStale);
            assertThat(b.retrieve("harvest figures", 3)).isNotEmpty();
            assertThatThrownBy(() -> a.putAll(List.of(article("tariffs", "tariff"), article("rain", "rainfall"))))
                    .isInstanceOf(StoreBusyException.class).hasMessageContaining("unreachable")
                    .hasMessageContaining("nothing was written").hasMessageNotContaining("password");
        } finally {
            TestPostgres.admin("ALTER DATABASE " + databaseName() + " ALLOW_CONNECTIONS true");
        }
        putRetrying(a, article("tariffs", "tariff"));
        Eventually.holds("the copy follows again", () -> later(b.article("tariffs").isPresent() && !b.possiblyStale()));
        assertThat(b.article("rain")).isEmpty();
    }

    /**
     * An ingest that found the database away is run again, as a user would, once it is back. Reconnects wait on the
     * stores' clock (a growing pause), so time is moved on between tries.
     */
    private void putRetrying(SharedArticleStore store, Article article) {
        Eventually.holds("the database takes the article", () -> {
            clock.advance(Duration.ofSeconds(1));
            try {
                store.put(article);
                store.commit();
                return true;
            } catch (StoreBusyException away) {
                return false;
            }
        });
    }

    /** A condition checked while the stores' clock moves on, so that their reconnect pauses end. */
    private boolean later(boolean condition) {
        clock.advance(Duration.ofMillis(500));
        return condition;
    }

    private String databaseName() {
        String url = database.url();
        return url.substring(url.lastIndexOf('/') + 1, url.indexOf('?'));
    }
}
