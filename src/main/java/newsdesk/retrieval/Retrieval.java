package newsdesk.retrieval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import org.apache.lucene.store.ByteBuffersDirectory;

/** Builds the retrieval package's implementations. */
public final class Retrieval {
    private Retrieval() {
    }

    /**
     * Opens (or creates) the index in {@code folder}. Another process may have it open too; see {@link NewsIndex}.
     *
     * @param model embeds passages and questions; use the same model for the life of a folder
     */
    public static NewsIndex open(Path folder, EmbeddingModel model, RetrievalSettings settings, Clock clock) {
        return new LuceneArticleStore(folder, model, settings, clock, IndexOptions.DEFAULT);
    }

    /** Like {@link #open(Path, EmbeddingModel, RetrievalSettings, Clock)}, with a writer that waits as told. */
    public static NewsIndex open(Path folder, EmbeddingModel model, RetrievalSettings settings, Clock clock,
                                 WriterWait writerWait) {
        return new LuceneArticleStore(folder, model, settings, clock, IndexOptions.DEFAULT.withWriterWait(writerWait));
    }

    /**
     * An index in memory, built and searched exactly as a folder's is and gone when closed: the bundled sample is
     * answered from one, so that nothing is written to a user's store that they did not ingest.
     */
    public static NewsIndex inMemory(String name, EmbeddingModel model, RetrievalSettings settings, Clock clock) {
        return new LuceneArticleStore(new ByteBuffersDirectory(), name, model, settings, clock, IndexOptions.DEFAULT);
    }

    /**
     * The store, or while it holds no passages the demo built on first need: searches, articles and the version come
     * from whichever is in use; writes always go to the store. See {@link DemoWhileEmpty}.
     */
    public static DemoWhileEmpty demoWhileEmpty(NewsIndex store, Supplier<NewsIndex> demo) {
        return new DemoWhileEmpty(store, demo);
    }

    /** The in-process quantized all-MiniLM-L6-v2 (384 dimensions), loaded on first use and shared. */
    public static EmbeddingModel defaultEmbeddingModel() {
        return DefaultModel.INSTANCE;
    }

    /** A LangChain4j retriever over passages, each passed as {@link PassageContent#toContent} makes it. */
    public static ContentRetriever contentRetriever(PassageRetriever retriever, SearchFilter filter, int limit) {
        return query -> retriever.retrieve(query.text(), filter == null ? SearchFilter.NONE : filter, limit).stream()
                .map(PassageContent::toContent)
                .toList();
    }

    private static final class DefaultModel {
        static final EmbeddingModel INSTANCE = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }
}
