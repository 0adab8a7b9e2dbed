package newsdesk.retrieval;

import java.util.List;
import newsdesk.article.Article;
import newsdesk.article.ArticleStore;
import newsdesk.article.IngestOutcome;

/**
 * The article store and its search in one folder: what {@code newsdesk ingest} writes and the bot reads, possibly at
 * the same time from two processes.
 */
public interface NewsIndex extends ArticleStore, ReadingSource {

    /**
     * Stores several articles exactly as {@link #put} one after the other would (later ones see earlier ones), but
     * embeds all their new passages in one batch: faster for bulk ingest. Nothing is written if embedding fails.
     *
     * @return one outcome per article, in order
     */
    @Override
    List<IngestOutcome> putAll(List<Article> articles);

    /** Searches with one mode, whatever the settings say (for comparing modes). */
    PassageRetriever retriever(RetrievalMode mode);

    RetrievalSettings settings();

    /** This index read as {@link ReadingSource}, searching with one mode (for comparing modes). */
    default ReadingSource reading(RetrievalMode mode) {
        return new ModeReading(this, retriever(mode));
    }

    /** Searches with the configured mode. */
    @Override
    default List<RetrievedPassage> retrieve(String query, SearchFilter filter, int limit) {
        return retriever(settings().mode()).retrieve(query, filter, limit);
    }

    /**
     * Embeds every stored article again with this index's model, in batches committed as they go, so that an index
     * made with another model becomes searchable; an interrupted run is finished by running it again.
     *
     * @param progress told how many articles are done after each batch
     * @return how many articles were looked at
     */
    int reembedAll(int batchSize, java.util.function.IntConsumer progress);

    /** The name of the embedding model this index searches with. */
    String embeddingModel();

    /**
     * True when this index is a local copy of a shared database that could not be reached lately, so that the
     * newest articles may be missing from answers.
     */
    default boolean possiblyStale() {
        return false;
    }

    /** Merges the index into one segment: slower to write, fastest to search. Worth it after a bulk load. */
    void compact();
}
