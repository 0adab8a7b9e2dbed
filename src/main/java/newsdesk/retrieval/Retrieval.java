package newsdesk.retrieval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import java.nio.file.Path;
import java.time.Clock;

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
