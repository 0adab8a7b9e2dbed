package newsdesk.retrieval;

import java.util.ArrayList;
import java.util.List;
import newsdesk.article.Passage;
import newsdesk.article.StoredArticle;

/**
 * An article with everything its index block needs, vectors included: what ingest computes once, what the shared
 * database stores, and what a local copy of the index is built from without the embedding model.
 *
 * @param passageVectors one unit vector per passage (the mean of its sentences')
 * @param sentenceVectors one per sentence of the passages, in order
 * @param model the embedding model that made the vectors
 */
record EmbeddedArticle(StoredArticle stored, int passageSentences, List<Passage> passages,
                       List<float[]> passageVectors, SentenceVectors sentenceVectors, String model) {

    EmbeddedArticle {
        if (passageVectors.size() != passages.size()) {
            throw new IllegalArgumentException(passages.size() + " passages with " + passageVectors.size() + " vectors");
        }
    }

    /** Embeds every sentence of the articles in one batch (see {@link ArticleVectors}); one result per article. */
    static List<EmbeddedArticle> embed(Embedder embedder, int passageSentences, List<StoredArticle> articles,
                                       List<List<Passage>> passages) {
        List<ArticleVectors> vectors = ArticleVectors.of(embedder, passages);
        List<EmbeddedArticle> out = new ArrayList<>(articles.size());
        for (int a = 0; a < articles.size(); a++) {
            out.add(new EmbeddedArticle(articles.get(a), passageSentences, passages.get(a), vectors.get(a).passages(),
                    vectors.get(a).sentences(), embedder.id()));
        }
        return out;
    }
}
