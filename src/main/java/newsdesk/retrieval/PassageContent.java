package newsdesk.retrieval;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsdesk.article.Article;
import newsdesk.article.Passage;
import newsdesk.article.Sentence;
import newsdesk.article.SentenceSplitter;
import newsdesk.article.StoredArticle;

/**
 * Carries a {@link RetrievedPassage} through LangChain4j's {@link Content}, so the answer layer can sit behind any
 * {@link dev.langchain4j.rag.content.retriever.ContentRetriever} and still quote sentences verbatim with offsets.
 * The segment text is the passage's sentences joined by single spaces; metadata holds the article and offsets.
 */
public final class PassageContent {
    static final String ARTICLE_ID = "article_id";
    static final String ORDINAL = "passage";
    static final String TITLE = "title";
    static final String SOURCE = "source";
    static final String PUBLISHED = "published";
    static final String URL = "url";
    static final String INGESTED_AT = "ingested_at";
    static final String OFFSETS = "sentence_offsets";
    static final String HASH = "content_hash";
    static final String PASSAGES = "article_passages";
    static final String LEAD = "article_lead";

    private PassageContent() {
    }

    public static Content toContent(RetrievedPassage hit) {
        Article a = hit.article().article();
        Metadata m = new Metadata();
        m.put(ARTICLE_ID, a.id());
        m.put(ORDINAL, hit.passage().ordinal());
        m.put(TITLE, a.title());
        putIfPresent(m, SOURCE, a.source());
        putIfPresent(m, PUBLISHED, a.published());
        putIfPresent(m, URL, a.url());
        m.put(INGESTED_AT, hit.article().ingestedAt().toString());
        m.put(HASH, hit.article().contentHash());
        putIfPresent(m, LEAD, lead(a.text()));
        m.put(PASSAGES, hit.article().passages());
        StringBuilder offsets = new StringBuilder();
        for (Sentence s : hit.passage().sentences()) {
            if (offsets.length() > 0) {
                offsets.append(';');
            }
            offsets.append(s.start()).append(':').append(s.end());
        }
        m.put(OFFSETS, offsets.toString());
        return Content.from(TextSegment.from(hit.passage().text(), m), Map.of(ContentMetadata.SCORE, hit.score()));
    }

    /**
     * Recovers the passage. The article comes back with only its lead sentence as text (the sentence that names what
     * the story is about); the passage holds what is quoted.
     */
    public static RetrievedPassage fromContent(Content content) {
        TextSegment seg = content.textSegment();
        Metadata m = seg.metadata();
        String text = seg.text();
        List<Sentence> sentences = new ArrayList<>();
        int cursor = 0;
        for (String pair : m.getString(OFFSETS).split(";")) {
            int colon = pair.indexOf(':');
            int start = Integer.parseInt(pair.substring(0, colon));
            int end = Integer.parseInt(pair.substring(colon + 1));
            int length = end - start;
            sentences.add(new Sentence(start, end, text.substring(cursor, cursor + length)));
            cursor += length + 1;
        }
        Article article = new Article(m.getString(ARTICLE_ID), m.getString(TITLE), m.getString(SOURCE),
                m.getString(PUBLISHED), m.getString(URL), m.getString(LEAD) == null ? "" : m.getString(LEAD), null);
        StoredArticle stored = new StoredArticle(article, Instant.parse(m.getString(INGESTED_AT)),
                m.getInteger(PASSAGES), m.getString(HASH));
        Passage passage = new Passage(article.id(), m.getInteger(ORDINAL), sentences);
        Object score = content.metadata().get(ContentMetadata.SCORE);
        return new RetrievedPassage(passage, stored, score instanceof Number n ? n.doubleValue() : 0.0);
    }

    private static String lead(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<Sentence> first = SentenceSplitter.split(text.substring(0, Math.min(text.length(), 700)));
        return first.isEmpty() ? null : first.get(0).text();
    }

    private static void putIfPresent(Metadata m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
