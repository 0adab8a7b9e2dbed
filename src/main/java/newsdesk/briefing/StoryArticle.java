package newsdesk.briefing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsdesk.article.Sentence;
import newsdesk.article.SentenceSplitter;
import newsdesk.article.StoredArticle;

/**
 * An article read for a briefing: its term vector (what clustering needs, for every new article), and, read only
 * when its story is told, its sentences, their term vectors and the figures they report.
 */
final class StoryArticle {
    private final StoredArticle stored;
    private final TermVectors vectors;
    private final Map<String, Double> vector;
    private List<Sentence> sentences;
    private List<Map<String, Double>> sentenceVectors;
    private List<Figure> figures;

    private StoryArticle(StoredArticle stored, TermVectors vectors, Map<String, Double> vector) {
        this.stored = stored;
        this.vectors = vectors;
        this.vector = vector;
    }

    /** @param terms the article's {@link #terms} */
    static StoryArticle read(StoredArticle stored, TermVectors vectors, List<String> terms) {
        return new StoryArticle(stored, vectors, vectors.vector(terms));
    }

    /** What an article is about: its title counts twice. */
    static List<String> terms(StoredArticle stored) {
        List<String> t = new ArrayList<>(Terms.of(stored.article().title()));
        t.addAll(t);
        t.addAll(Terms.of(stored.article().text()));
        return t;
    }

    StoredArticle stored() {
        return stored;
    }

    Map<String, Double> vector() {
        return vector;
    }

    synchronized List<Sentence> sentences() {
        if (sentences == null) {
            sentences = SentenceSplitter.split(stored.article().text());
        }
        return sentences;
    }

    synchronized List<Map<String, Double>> sentenceVectors() {
        if (sentenceVectors == null) {
            List<Map<String, Double>> out = new ArrayList<>();
            for (Sentence s : sentences()) {
                out.add(vectors.vector(Terms.of(s.text())));
            }
            sentenceVectors = out;
        }
        return sentenceVectors;
    }

    synchronized List<Figure> figures() {
        if (figures == null) {
            List<Figure> out = new ArrayList<>();
            List<Sentence> all = sentences();
            for (int i = 0; i < all.size(); i++) {
                out.addAll(FigureReader.read(all.get(i).text(), i));
            }
            figures = out;
        }
        return figures;
    }

    /** When it was published, or if that is unknown, when it arrived. */
    Instant when() {
        return stored.article().publishedInstant().orElse(stored.ingestedAt());
    }

    @Override
    public String toString() {
        return stored.id();
    }
}
