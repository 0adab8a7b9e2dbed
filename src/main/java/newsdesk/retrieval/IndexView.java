package newsdesk.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import newsdesk.article.Passage;
import newsdesk.article.StoredArticle;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * One point-in-time view of the index, with caches of what was read through it. A refresh makes a new view, so the
 * caches never outlive the data they were read from.
 */
final class IndexView extends IndexSearcher {
    private static final Query ARTICLES = new TermQuery(new Term(ArticleDocuments.KIND, ArticleDocuments.ARTICLE));
    private static final Query PASSAGES = new TermQuery(new Term(ArticleDocuments.KIND, ArticleDocuments.PASSAGE));

    private final Map<String, Optional<ArticleRecord>> articles = new ConcurrentHashMap<>();
    private final Map<Integer, RetrievedPassage> passages = new ConcurrentHashMap<>();
    private final Map<String, Optional<ArticleSentences>> sentences = new ConcurrentHashMap<>();
    private final Map<String, Double> idf = new ConcurrentHashMap<>();
    private volatile int passageCount = -1;

    /**
     * A stored article with what the index needs to know about how it was split and embedded.
     *
     * @param model the embedding model of its vectors; null for an article stored by an earlier version
     */
    record ArticleRecord(StoredArticle stored, int passageSentences, String model) {
    }

    IndexView(IndexReader reader) {
        super(reader);
    }

    /** The commit's version; 0 before anything was ever committed. */
    long version() {
        return getIndexReader() instanceof DirectoryReader dr ? dr.getVersion() : 0;
    }

    Optional<StoredArticle> article(String id) {
        return articleRecord(id).map(ArticleRecord::stored);
    }

    Optional<ArticleRecord> articleRecord(String id) {
        return articles.computeIfAbsent(id, this::readArticle);
    }

    List<StoredArticle> articles() {
        try {
            TopDocs all = search(ARTICLES, Math.max(1, getIndexReader().numDocs()));
            StoredFields fields = storedFields();
            List<StoredArticle> out = new ArrayList<>(all.scoreDocs.length);
            for (ScoreDoc sd : all.scoreDocs) {
                Document doc = fields.document(sd.doc, ArticleDocuments.ARTICLE_STORED);
                ArticleRecord record = record(doc);
                articles.putIfAbsent(record.stored().id(), Optional.of(record));
                out.add(record.stored());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the stored articles", e);
        }
    }

    int passageCount() {
        int n = passageCount;
        if (n < 0) {
            try {
                n = count(PASSAGES);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot count passages", e);
            }
            passageCount = n;
        }
        return n;
    }

    /** BM25's idf of an analysed term of the passage text, over the passages of this view. */
    double idf(String term) {
        return idf.computeIfAbsent(term, t -> {
            try {
                long n = passageCount();
                long df = getIndexReader().docFreq(new Term(ArticleDocuments.BODY, t));
                return Math.log(1 + (n - df + 0.5) / (df + 0.5));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read term statistics", e);
            }
        });
    }

    /** How many passages of this view hold an analysed term of the passage text. */
    long documentFrequency(String term) {
        try {
            return getIndexReader().docFreq(new Term(ArticleDocuments.BODY, term));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read term statistics", e);
        }
    }

    /** Ids of the articles whose text has this hash. */
    List<String> idsWithHash(String contentHash) {
        try {
            BooleanQuery q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(ArticleDocuments.HASH, contentHash)), BooleanClause.Occur.FILTER)
                    .add(ARTICLES, BooleanClause.Occur.FILTER)
                    .build();
            TopDocs hits = search(q, 10);
            StoredFields fields = storedFields();
            List<String> ids = new ArrayList<>();
            for (ScoreDoc sd : hits.scoreDocs) {
                ids.add(fields.document(sd.doc, Set.of(ArticleDocuments.ID)).get(ArticleDocuments.ID));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look up a content hash", e);
        }
    }

    /** The passage stored in document {@code doc} of this view (without a score). */
    RetrievedPassage passage(int doc) {
        return passages.computeIfAbsent(doc, this::readPassage);
    }

    private RetrievedPassage readPassage(int doc) {
        try {
            Document fields = storedFields().document(doc, ArticleDocuments.PASSAGE_STORED);
            String id = fields.get(ArticleDocuments.ID);
            StoredArticle article = article(id).orElseThrow(
                    () -> new IllegalStateException("passage of a missing article " + id));
            Passage passage = ArticleDocuments.readPassage(fields, article.article());
            return new RetrievedPassage(passage, article, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a passage", e);
        }
    }

    private Optional<ArticleRecord> readArticle(String id) {
        return articleDocument(id, ArticleDocuments.ARTICLE_STORED).map(IndexView::record);
    }

    /** The article's sentences and their vectors; empty when it is not stored or was stored without them. */
    Optional<ArticleSentences> sentences(String id) {
        return sentences.computeIfAbsent(id, this::readSentences);
    }

    private Optional<ArticleSentences> readSentences(String id) {
        Optional<StoredArticle> stored = article(id);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        return articleDocument(id, ArticleDocuments.SENTENCES_STORED)
                .map(doc -> ArticleDocuments.readSentences(doc, stored.get()));
    }

    /** These stored fields of the article document with this id, if the article is stored. */
    private Optional<Document> articleDocument(String id, Set<String> fields) {
        try {
            BooleanQuery q = new BooleanQuery.Builder()
                    .add(new TermQuery(ArticleDocuments.idTerm(id)), BooleanClause.Occur.FILTER)
                    .add(ARTICLES, BooleanClause.Occur.FILTER)
                    .build();
            TopDocs hits = search(q, 1);
            if (hits.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(storedFields().document(hits.scoreDocs[0].doc, fields));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read article " + id, e);
        }
    }

    private static ArticleRecord record(Document doc) {
        return new ArticleRecord(ArticleDocuments.readArticle(doc), ArticleDocuments.passageSentences(doc),
                ArticleDocuments.model(doc));
    }

    /** What the last commit recorded about the index as a whole (e.g. its embedding model). */
    Map<String, String> commitData() {
        try {
            return getIndexReader() instanceof DirectoryReader dr ? dr.getIndexCommit().getUserData() : Map.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index commit", e);
        }
    }
}
