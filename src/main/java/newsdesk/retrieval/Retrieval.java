package newsdesk.retrieval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import java.nio.file.Path;
import java.time.Clock;

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

    /** Opens the index whatever model made its vectors, to re-embed it with {@link NewsIndex#reembedAll}. */
    public static NewsIndex openForReembedding(Path folder, Embedder embedder, RetrievalSettings settings, Clock clock) {
        return new LuceneArticleStore(folder, embedder, settings, clock, IndexOptions.DEFAULT, true);
    }

    /** As {@link #open(Path, Embedder, RetrievalSettings, Clock)} with {@link #embedderFor} the model. */
    public static NewsIndex open(Path folder, EmbeddingModel model, RetrievalSettings settings, Clock clock) {
        return open(folder, embedderFor(model), settings, clock);
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
