package newsdesk.retrieval;

import java.util.List;
import java.util.Optional;

/** A reading source that searches with one retrieval mode and reads everything else from its index. */
record ModeReading(ReadingSource index, PassageRetriever retriever) implements ReadingSource {
    @Override
    public List<RetrievedPassage> retrieve(String query, SearchFilter filter, int limit) {
        return retriever.retrieve(query, filter, limit);
    }

    @Override
    public float[] queryVector(String text) {
        return index.queryVector(text);
    }

    @Override
    public Optional<ArticleSentences> sentences(String articleId) {
        return index.sentences(articleId);
    }

    @Override
    public double idf(String word) {
        return index.idf(word);
    }

    @Override
    public long frequency(String word) {
        return index.frequency(word);
    }
}
