package newsdesk.retrieval;

import java.util.ArrayList;
import java.util.List;
import newsdesk.article.Passage;

/**
 * The vectors of one article: one per sentence, and one per passage, the unit mean of its sentences'. The model
 * runs once over the text (measured on the CNN set: as good for search as embedding the passages apart, at half the
 * embedding work).
 */
record ArticleVectors(List<float[]> passages, SentenceVectors sentences) {

    /** Embeds every sentence of the articles' passages in one batch; one result per article, in order. */
    static List<ArticleVectors> of(Embedder embedder, List<List<Passage>> articles) {
        List<String> texts = new ArrayList<>();
        for (List<Passage> passages : articles) {
            for (Passage p : passages) {
                p.sentences().forEach(sentence -> texts.add(sentence.text()));
            }
        }
        List<float[]> vectors = embedder.passages(texts);
        List<ArticleVectors> out = new ArrayList<>(articles.size());
        int next = 0;
        for (List<Passage> passages : articles) {
            List<float[]> passageVectors = new ArrayList<>(passages.size());
            List<float[]> sentenceVectors = new ArrayList<>();
            for (Passage p : passages) {
                List<float[]> own = vectors.subList(next, next + p.sentences().size());
                next += own.size();
                passageVectors.add(Vectors.normalised(Vectors.sum(own)));
                sentenceVectors.addAll(own);
            }
            out.add(new ArticleVectors(passageVectors, SentenceVectors.quantize(sentenceVectors)));
        }
        return out;
    }
}
