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

    /**
     * Embeds every sentence of the articles in one batch; a passage's vector is the normalised mean of its sentences',
     * so the model runs once over the text (measured: as good for search as embedding passages apart).
     */
    static List<EmbeddedArticle> embed(Embedder embedder, int passageSentences, List<StoredArticle> articles,
                                       List<List<Passage>> passages) {
        List<String> texts = new ArrayList<>();
        for (List<Passage> ps : passages) {
            for (Passage p : ps) {
                p.sentences().forEach(sentence -> texts.add(sentence.text()));
            }
        }
        List<float[]> vectors = embedder.passages(texts);
        List<EmbeddedArticle> out = new ArrayList<>(articles.size());
        int next = 0;
        for (int a = 0; a < articles.size(); a++) {
            List<Passage> ps = passages.get(a);
            List<float[]> passageVectors = new ArrayList<>(ps.size());
            List<float[]> sentenceVectors = new ArrayList<>();
            for (Passage p : ps) {
                List<float[]> own = vectors.subList(next, next + p.sentences().size());
                next += own.size();
                passageVectors.add(Vectors.normalised(Vectors.sum(own)));
                sentenceVectors.addAll(own);
            }
            out.add(new EmbeddedArticle(articles.get(a), passageSentences, ps, passageVectors,
                    SentenceVectors.quantize(sentenceVectors), embedder.id()));
        }
        return out;
    }
}
