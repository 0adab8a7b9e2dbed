package newsdesk.retrieval;

import java.util.Optional;

/** What a reader needs of the store: passages for a question, the question's vector, and whole articles. */
public interface ReadingSource extends PassageRetriever, TermStatistics {
    /** The question's unit vector, made as the stored sentences' vectors were. */
    float[] queryVector(String text);

    /** The article's sentences with their vectors; empty when it is not stored. */
    Optional<ArticleSentences> sentences(String articleId);
}
