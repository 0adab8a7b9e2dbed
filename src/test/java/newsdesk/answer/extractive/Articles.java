package newsdesk.answer.extractive;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newsdesk.article.Article;
import newsdesk.article.ContentHash;
import newsdesk.article.Sentence;
import newsdesk.article.SentenceSplitter;
import newsdesk.article.StoredArticle;
import newsdesk.retrieval.ArticleSentences;
import newsdesk.retrieval.SentenceVectors;
import newsdesk.retrieval.TermStatistics;

/** Articles as the reader sees them, made from text for tests (each sentence its own direction in the vectors). */
final class Articles {
    /** Every word equally rare, and in the store. */
    static final TermStatistics EVEN = new TermStatistics() {
        @Override
        public double idf(String word) {
            return 1;
        }

        @Override
        public long frequency(String word) {
            return 1;
        }
    };

    private Articles() {
    }

    static ArticleFacts of(String id, String text) {
        Article a = new Article(id, "A story " + id, "Test Wire", "2024-05-01", null, text, "test");
        List<Sentence> sentences = SentenceSplitter.split(text);
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            float[] v = new float[sentences.size() + 1];
            v[i] = 1;
            vectors.add(v);
        }
        StoredArticle stored = new StoredArticle(a, Instant.parse("2024-05-01T12:00:00Z"), 1, ContentHash.of(text));
        return ArticleFacts.of(new ArticleSentences(stored, sentences, SentenceVectors.quantize(vectors)));
    }

    static int indexOf(ArticleFacts a, String part) {
        for (int i = 0; i < a.size(); i++) {
            if (a.sentences().sentences().get(i).text().contains(part)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no sentence with " + part);
    }
}
