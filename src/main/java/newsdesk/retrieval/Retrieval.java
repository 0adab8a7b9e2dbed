package newsdesk.retrieval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import newsdesk.database.DatabaseSettings;
import java.util.function.Supplier;
import org.apache.lucene.store.ByteBuffersDirectory;

/** Builds the retrieval package's implementations. */
public final class Retrieval {
    private Retrieval() {
    }

    /** The name recorded in indexes built with the default model. */
    public static final String DEFAULT_MODEL_ID = "e5-small-v2-q";

    /**
     * Opens (or creates) the index in {@code folder}. Another process may have it open too; see {@link NewsIndex}.
     *
     * @throws EmbeddingModelMismatch when the index holds another model's vectors
     */
    public static NewsIndex open(Path folder, Embedder embedder, RetrievalSettings settings, Clock clock) {
        return new LuceneArticleStore(folder, embedder, settings, clock, IndexOptions.DEFAULT, false);
    }

    /** Like {@link #open(Path, Embedder, RetrievalSettings, Clock)}, with a writer that waits as told. */
    public static NewsIndex open(Path folder, Embedder embedder, RetrievalSettings settings, Clock clock,
                                 WriterWait writerWait) {
        return new LuceneArticleStore(folder, embedder, settings, clock, IndexOptions.DEFAULT.withWriterWait(writerWait),
                false);
    }

    /** As {@link #open(Path, Embedder, RetrievalSettings, Clock, WriterWait)} with {@link #embedderFor} the model. */
    public static NewsIndex open(Path folder, EmbeddingModel model, RetrievalSettings settings, Clock clock,
                                 WriterWait writerWait) {
        return open(folder, embedderFor(model), settings, clock, writerWait);
    }

    /** Opens the index whatever model made its vectors, to re-embed it with {@link NewsIndex#reembedAll}. */
    public static NewsIndex openForReembedding(Path folder, Embedder embedder, RetrievalSettings settings, Clock clock,
                                               WriterWait writerWait) {
        return new LuceneArticleStore(folder, embedder, settings, clock, IndexOptions.DEFAULT.withWriterWait(writerWait),
                true);
    }

    /** As {@link #open(Path, Embedder, RetrievalSettings, Clock)} with {@link #embedderFor} the model. */
    public static NewsIndex open(Path folder, EmbeddingModel model, RetrievalSettings settings, Clock clock) {
        return open(folder, embedderFor(model), settings, clock);
    }

    /**
     * The articles shared by every process through PostgreSQL ({@code database.url}), searched in a local copy in
     * {@code replicaFolder} that is built from the stored vectors (never embedding again) and then follows the
     * database's changes in the background.
     *
     * @param poll how often the copy checks for changes besides the notifications it hears
     * @throws EmbeddingModelMismatch when the database holds another model's vectors
     */
    public static NewsIndex shared(DatabaseSettings database, Path replicaFolder, Embedder embedder,
                                   RetrievalSettings settings, Clock clock, Duration poll) {
        SharedArticleStore store = new SharedArticleStore(database, replicaFolder, embedder, settings, clock, poll, false);
        store.follow();
        return store;
    }

    /** The shared articles whatever model made their vectors, to re-embed them with {@link NewsIndex#reembedAll}. */
    public static NewsIndex sharedForReembedding(DatabaseSettings database, Path replicaFolder, Embedder embedder,
                                                 RetrievalSettings settings, Clock clock, Duration poll) {
        return new SharedArticleStore(database, replicaFolder, embedder, settings, clock, poll, true);
    }

    /**
     * An index in memory, built and searched exactly as a folder's is and gone when closed: the bundled sample is
     * answered from one, so that nothing is written to a user's store that they did not ingest.
     */
    public static NewsIndex inMemory(String name, Embedder embedder, RetrievalSettings settings, Clock clock) {
        return new LuceneArticleStore(new ByteBuffersDirectory(), name, embedder, settings, clock, IndexOptions.DEFAULT);
    }

    /** As {@link #inMemory(String, Embedder, RetrievalSettings, Clock)} with {@link #embedderFor} the model. */
    public static NewsIndex inMemory(String name, EmbeddingModel model, RetrievalSettings settings, Clock clock) {
        return inMemory(name, embedderFor(model), settings, clock);
    }

    /**
     * The store, or while it holds no passages the demo built on first need: searches, articles and the version come
     * from whichever is in use; writes always go to the store. See {@link DemoWhileEmpty}.
     */
    public static DemoWhileEmpty demoWhileEmpty(NewsIndex store, Supplier<NewsIndex> demo) {
        return new DemoWhileEmpty(store, demo);
    }

    /** The in-process quantized e5-small-v2 (384 dimensions), loaded on first use and shared. */
    public static EmbeddingModel defaultEmbeddingModel() {
        return DefaultModel.INSTANCE;
    }

    /**
     * The default model's way of marking text, around any model that computes it (e.g. one loading it in the
     * background).
     */
    public static Embedder defaultEmbedder(EmbeddingModel model) {
        return new Embedder(DEFAULT_MODEL_ID, model, "query: ", "passage: ");
    }

    /** The default embedder for the default model; any other model takes text as it is, named by its class. */
    public static Embedder embedderFor(EmbeddingModel model) {
        return model instanceof E5SmallV2QuantizedEmbeddingModel ? defaultEmbedder(model)
                : Embedder.plain(model.getClass().getSimpleName(), model);
    }

    /** A LangChain4j retriever over passages, each passed as {@link PassageContent#toContent} makes it. */
    public static ContentRetriever contentRetriever(PassageRetriever retriever, SearchFilter filter, int limit) {
        return query -> retriever.retrieve(query.text(), filter == null ? SearchFilter.NONE : filter, limit).stream()
                .map(PassageContent::toContent)
                .toList();
    }

    private static final class DefaultModel {
        static final EmbeddingModel INSTANCE = new E5SmallV2QuantizedEmbeddingModel();
    }
}
