package newsdesk.briefing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsdesk.article.Sentence;
import newsdesk.article.SentenceSplitter;
import newsdesk.article.StoredArticle;

/** An article read for a briefing: its sentences, their term vectors, and the figures they report. */
record StoryArticle(StoredArticle stored, List<Sentence> sentences, List<Map<String, Double>> sentenceVectors,
                    Map<String, Double> vector, List<Figure> figures) {

    static StoryArticle read(StoredArticle stored, TermVectors vectors) {
        List<Sentence> sentences = SentenceSplitter.split(stored.article().text());
        List<Map<String, Double>> sentenceVectors = new ArrayList<>(sentences.size());
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            sentenceVectors.add(vectors.vector(Terms.of(sentences.get(i).text())));
            figures.addAll(FigureReader.read(sentences.get(i).text(), i));
        }
        return new StoryArticle(stored, sentences, sentenceVectors, vectors.vector(terms(stored)), figures);
    }

    /** What an article is about: its title counts twice. */
    static List<String> terms(StoredArticle stored) {
        List<String> t = new ArrayList<>(Terms.of(stored.article().title()));
        t.addAll(t);
        t.addAll(Terms.of(stored.article().text()));
        return t;
    }

    /** When it was published, or if that is unknown, when it arrived. */
    Instant when() {
        return stored.article().publishedInstant().orElse(stored.ingestedAt());
    }
}
