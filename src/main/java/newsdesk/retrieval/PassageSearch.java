package newsdesk.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/** BM25, kNN and their fusion over one index view. Filters are part of each query (kNN pre-filters). */
final class PassageSearch {
    private final Analyzer analyzer;
    private final QueryEmbedder embedder;
    private final int candidates;
    private final Fusion fusion;
    private final int knnSearchFactor;
    private final int scanUpTo;
    private final VectorScan scan;

    PassageSearch(Analyzer analyzer, QueryEmbedder embedder, int candidates, Fusion fusion, int knnSearchFactor,
                  ScanOptions scan) {
        this.analyzer = analyzer;
        this.embedder = embedder;
        this.candidates = candidates;
        this.fusion = fusion;
        this.knnSearchFactor = knnSearchFactor;
        this.scanUpTo = scan.upTo();
        this.scan = new VectorScan(ArticleDocuments.VECTOR, scan.rerankFactor());
    }

    List<RetrievedPassage> search(IndexView view, RetrievalMode mode, String query, SearchFilter filter, int limit) {
        if (limit <= 0 || query == null || query.isBlank() || view.getIndexReader().maxDoc() == 0) {
            return List.of();
        }
        Query filterQuery = FilterQueries.of(filter);
        int pool = Math.max(candidates, limit);
        List<ScoredDoc> ranked = switch (mode) {
            case BM25 -> lexical(view, query, filterQuery, limit);
            case VECTOR -> FusionRanking.best(semantic(view, query, filterQuery, pool), limit);
            case HYBRID -> fusion.fuse(lexical(view, query, filterQuery, pool),
                    semantic(view, query, filterQuery, pool), limit);
        };
        List<RetrievedPassage> out = new ArrayList<>(ranked.size());
        for (ScoredDoc d : ranked) {
            RetrievedPassage p = view.passage(d.doc());
            out.add(new RetrievedPassage(p.passage(), p.article(), d.score()));
        }
        return out;
    }

    List<ScoredDoc> lexical(IndexView view, String query, Query filter, int n) {
        Query terms = LexicalQuery.of(analyzer, ArticleDocuments.BODY, query);
        if (terms == null) {
            return List.of();
        }
        Query q = filter == null ? terms : new BooleanQuery.Builder()
                .add(terms, BooleanClause.Occur.MUST)
                .add(filter, BooleanClause.Occur.FILTER)
                .build();
        return top(view, q, n);
    }

    List<ScoredDoc> semantic(IndexView view, String query, Query filter, int n) {
        float[] vector = embedder.embed(query);
        if (view.passageCount() <= scanUpTo) {
            return scan.search(view, vector, filter, n);
        }
        int wide = n * knnSearchFactor;
        Query q = filter == null ? new KnnFloatVectorQuery(ArticleDocuments.VECTOR, vector, wide)
                : new KnnFloatVectorQuery(ArticleDocuments.VECTOR, vector, wide, filter);
        return top(view, q, n);
    }

    private static List<ScoredDoc> top(IndexView view, Query q, int n) {
        try {
            // Counting hits only up to n lets BM25 skip blocks that cannot reach the top n (block-max WAND).
            TopDocs hits = view.search(q, new TopScoreDocCollectorManager(n, null, n));
            List<ScoredDoc> out = new ArrayList<>(hits.scoreDocs.length);
            for (ScoreDoc sd : hits.scoreDocs) {
                out.add(new ScoredDoc(sd.doc, sd.score));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }
}
