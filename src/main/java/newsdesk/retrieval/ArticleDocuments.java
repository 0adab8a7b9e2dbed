package newsdesk.retrieval;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsdesk.article.Article;
import newsdesk.article.Passage;
import newsdesk.article.Sentence;
import newsdesk.article.StoredArticle;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/**
 * How an article becomes Lucene documents and back: one article document followed by one document per passage, all
 * carrying the article id so that one term replaces the whole block.
 */
final class ArticleDocuments {
    static final String ID = "article_id";
    static final String KIND = "kind";
    static final String ARTICLE = "article";
    static final String PASSAGE = "passage";

    static final String TITLE = "title";
    static final String SOURCE = "source";
    static final String PUBLISHED = "published";
    static final String URL = "url";
    static final String TEXT = "text";
    static final String ORIGIN = "origin";
    static final String INGESTED_AT = "ingested_at";
    static final String HASH = "content_hash";
    static final String PASSAGES = "passages";
    static final String PASSAGE_SENTENCES = "passage_sentences";
    static final String MODEL = "embedding_model";
    static final String SENTENCE_OFFSETS = "sentence_offsets";
    static final String SENTENCE_VECTORS = "sentence_vectors";

    static final String ORDINAL = "ordinal";
    static final String OFFSETS = "offsets";
    static final String BODY = "body";
    static final String VECTOR = "vector";
    static final String DATE = "effective_date";
    static final String SOURCE_KEY = "source_key";

    static final Set<String> PASSAGE_STORED = Set.of(ID, ORDINAL, OFFSETS);
    /** The article document without its sentence vectors, which only a reader needs. */
    static final Set<String> ARTICLE_STORED = Set.of(ID, HASH, TITLE, SOURCE, PUBLISHED, URL, ORIGIN, TEXT, INGESTED_AT,
            PASSAGES, PASSAGE_SENTENCES, MODEL);
    static final Set<String> SENTENCES_STORED = Set.of(SENTENCE_OFFSETS, SENTENCE_VECTORS);
    /** Vectors are normalised before indexing, so the dot product is the cosine, and cheaper. */
    static final VectorSimilarityFunction SIMILARITY = VectorSimilarityFunction.DOT_PRODUCT;

    private ArticleDocuments() {
    }

    static Term idTerm(String articleId) {
        return new Term(ID, articleId);
    }

    /**
     * @param bodies what BM25 indexes for each passage
     * @param vectors one normalised vector per passage
     * @param sentenceVectors one per sentence of the passages, in order
     * @param model the name of the model that made the vectors
     */
    static List<List<IndexableField>> block(StoredArticle stored, int passageSentences, List<Passage> passages,
                                            List<String> bodies, List<float[]> vectors,
                                            SentenceVectors sentenceVectors, String model) {
        List<List<IndexableField>> docs = new ArrayList<>(passages.size() + 1);
        List<IndexableField> article = articleDocument(stored, passageSentences);
        List<Sentence> sentences = new ArrayList<>();
        passages.forEach(p -> sentences.addAll(p.sentences()));
        article.add(new StoredField(SENTENCE_OFFSETS, encodeOffsets(sentences)));
        article.add(new StoredField(SENTENCE_VECTORS, new BytesRef(sentenceVectors.encode())));
        article.add(new StoredField(MODEL, model));
        docs.add(article);
        long date = toMillis(effectiveDate(stored));
        String sourceKey = sourceKey(stored.article().source());
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            List<IndexableField> doc = new ArrayList<>();
            doc.add(new StringField(ID, stored.id(), Field.Store.YES));
            doc.add(new StringField(KIND, PASSAGE, Field.Store.NO));
            doc.add(new StoredField(ORDINAL, p.ordinal()));
            doc.add(new StoredField(OFFSETS, encodeOffsets(p.sentences())));
            doc.add(new TextField(BODY, bodies.get(i), Field.Store.NO));
            doc.add(new KnnFloatVectorField(VECTOR, vectors.get(i), SIMILARITY));
            doc.add(new LongPoint(DATE, date));
            if (sourceKey != null) {
                doc.add(new StringField(SOURCE_KEY, sourceKey, Field.Store.NO));
            }
            docs.add(doc);
        }
        return docs;
    }

    private static List<IndexableField> articleDocument(StoredArticle stored, int passageSentences) {
        Article a = stored.article();
        List<IndexableField> doc = new ArrayList<>();
        doc.add(new StringField(ID, a.id(), Field.Store.YES));
        doc.add(new StringField(KIND, ARTICLE, Field.Store.NO));
        doc.add(new StringField(HASH, stored.contentHash(), Field.Store.YES));
        doc.add(new StoredField(TITLE, a.title()));
        addIfPresent(doc, SOURCE, a.source());
        addIfPresent(doc, PUBLISHED, a.published());
        addIfPresent(doc, URL, a.url());
        addIfPresent(doc, ORIGIN, a.origin());
        doc.add(new StoredField(TEXT, a.text()));
        doc.add(new StoredField(INGESTED_AT, stored.ingestedAt().toString()));
        doc.add(new StoredField(PASSAGES, stored.passages()));
        doc.add(new StoredField(PASSAGE_SENTENCES, passageSentences));
        return doc;
    }

    static StoredArticle readArticle(Document doc) {
        Article a = new Article(doc.get(ID), doc.get(TITLE), doc.get(SOURCE), doc.get(PUBLISHED), doc.get(URL),
                doc.get(TEXT), doc.get(ORIGIN));
        return new StoredArticle(a, Instant.parse(doc.get(INGESTED_AT)),
                doc.getField(PASSAGES).numericValue().intValue(), doc.get(HASH));
    }

    /** The name of the model whose vectors the article document holds; null when an earlier version stored it. */
    static String model(Document articleDoc) {
        return articleDoc.get(MODEL);
    }

    /** All sentences of the article with their vectors, from its document's sentence fields. */
    static ArticleSentences readSentences(Document sentenceFields, StoredArticle stored) {
        String text = stored.article().text();
        BytesRef offsets = sentenceFields.getBinaryValue(SENTENCE_OFFSETS);
        BytesRef vectors = sentenceFields.getBinaryValue(SENTENCE_VECTORS);
        if (offsets == null || vectors == null) {
            return null;
        }
        List<Sentence> sentences = decodeOffsets(offsets.bytes, offsets.offset, offsets.length, text);
        return new ArticleSentences(stored, sentences,
                SentenceVectors.decode(vectors.bytes, vectors.offset, vectors.length));
    }

    static int passageSentences(Document articleDoc) {
        IndexableField f = articleDoc.getField(PASSAGE_SENTENCES);
        return f == null ? -1 : f.numericValue().intValue();
    }

    /** Rebuilds a passage from its stored offsets; each sentence's text is cut from the article text again. */
    static Passage readPassage(Document doc, Article article) {
        int ordinal = doc.getField(ORDINAL).numericValue().intValue();
        BytesRef bytes = doc.getBinaryValue(OFFSETS);
        return new Passage(article.id(), ordinal, decodeOffsets(bytes.bytes, bytes.offset, bytes.length, article.text()));
    }

    /** Each sentence's start and end in the article text, 4 bytes each: how offsets are stored here and shared. */
    static byte[] offsetBytes(List<Sentence> sentences) {
        ByteBuffer buf = ByteBuffer.allocate(sentences.size() * 8);
        for (Sentence s : sentences) {
            buf.putInt(s.start()).putInt(s.end());
        }
        return buf.array();
    }

    /** The sentences whose offsets {@link #offsetBytes} wrote, each cut from the text again. */
    static List<Sentence> decodeOffsets(byte[] bytes, int offset, int length, String text) {
        ByteBuffer buf = ByteBuffer.wrap(bytes, offset, length);
        List<Sentence> sentences = new ArrayList<>(length / 8);
        while (buf.remaining() >= 8) {
            int start = buf.getInt();
            int end = buf.getInt();
            sentences.add(new Sentence(start, end, text.substring(start, end)));
        }
        return sentences;
    }

    private static BytesRef encodeOffsets(List<Sentence> sentences) {
        return new BytesRef(offsetBytes(sentences));
    }

    /** The date that filters compare against: the publication instant, else when the article was ingested. */
    static Instant effectiveDate(StoredArticle stored) {
        return stored.article().publishedInstant().orElse(stored.ingestedAt());
    }

    static String sourceKey(String source) {
        return source == null || source.isBlank() ? null : source.strip().toLowerCase(Locale.ROOT);
    }

    static long toMillis(Instant instant) {
        try {
            return instant.toEpochMilli();
        } catch (ArithmeticException outOfRange) {
            return instant.isBefore(Instant.EPOCH) ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    private static void addIfPresent(List<IndexableField> doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }
}
