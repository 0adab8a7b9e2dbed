package newsdesk.answer.extractive;

import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import newsdesk.article.Article;
import newsdesk.article.ContentHash;
import newsdesk.article.Passage;
import newsdesk.article.Passages;
import newsdesk.article.StoredArticle;
import newsdesk.retrieval.PassageContent;
import newsdesk.retrieval.RetrievedPassage;

/** The bundled sample article behind a simple word-overlap retriever: answerer tests without an index. */
final class SampleStory {
    private SampleStory() {
    }

    static Article sampleArticle() {
        try (InputStream in = SampleStory.class.getResourceAsStream("/sample/in-amenas-2013-01-19.md")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String body = text.substring(text.indexOf("\n---\n", 4) + 5).strip();
            return new Article("in-amenas", "Algeria hostage crisis ends", "Sample", "2013-01-19", null, body, "test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ContentRetriever retrieverOver(Article... articles) {
        List<RetrievedPassage> all = new ArrayList<>();
        for (Article a : articles) {
            List<Passage> passages = Passages.split(a, 3);
            StoredArticle stored = new StoredArticle(a, Instant.parse("2026-01-01T00:00:00Z"), passages.size(),
                    ContentHash.of(a.text()));
            passages.forEach(p -> all.add(new RetrievedPassage(p, stored, 0)));
        }
        return query -> {
            Set<String> q = stems(query.text());
            return all.stream()
                    .sorted(Comparator.comparingLong((RetrievedPassage p) -> -overlap(q, stems(p.passage().text()))))
                    .limit(8)
                    .map(PassageContent::toContent)
                    .toList();
        };
    }

    private static long overlap(Set<String> q, Set<String> p) {
        return q.stream().filter(p::contains).count();
    }

    private static Set<String> stems(String text) {
        return Words.tokens(text).stream().flatMap(t -> Words.parts(t).stream()).collect(Collectors.toSet());
    }

    static List<Content> none() {
        return List.of();
    }
}
