package newsdesk.retrieval;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * Nearest vectors by one pass over every segment's {@link SignCodes}, the best estimates then compared exactly. Unlike
 * a graph search, nothing close can be missed for want of a path to it: only a poor estimate can lose a neighbour, and
 * {@code rerankFactor} times the vectors wanted are compared exactly to make that rare. The codes of a segment are
 * made when it is first searched and dropped with it.
 */
public final class VectorScan {
    private static final Comparator<ScoredDoc> WORST_FIRST =
            Comparator.comparingDouble(ScoredDoc::score).thenComparing(ScoredDoc::doc, Comparator.reverseOrder());
    private static final Bits NONE = new Bits.MatchNoBits(0);

    private final String field;
    private final int rerankFactor;
    private final Cache<Object, SignCodes> codes = Caffeine.newBuilder().weakKeys().build();

    /** Public for the sweep bench, which compares the scan with the graph on its own index. */
    public VectorScan(String field, int rerankFactor) {
        if (rerankFactor < 1) {
            throw new IllegalArgumentException("rerank factor " + rerankFactor + " < 1");
        }
        this.field = field;
        this.rerankFactor = rerankFactor;
    }

    /** The {@code n} documents whose vectors score highest with {@code vector}, among those {@code filter} keeps. */
    List<ScoredDoc> search(IndexSearcher searcher, float[] vector, Query filter, int n) {
        try {
            Weight filterWeight = filter == null ? null
                    : searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1);
            PriorityQueue<ScoredDoc> best = new PriorityQueue<>(WORST_FIRST);
            for (LeafReaderContext segment : searcher.getIndexReader().leaves()) {
                Bits accepted = accepted(segment, filterWeight);
                if (accepted == NONE) {
                    continue;
                }
                int[] candidates = codesOf(segment.reader()).closest(vector, accepted, n * rerankFactor);
                FloatVectorValues values = segment.reader().getFloatVectorValues(field);
                for (int doc : candidates) {
                    if (values.advance(doc) != doc) {
                        throw new IllegalStateException("no vector for document " + doc);
                    }
                    float score = ArticleDocuments.SIMILARITY.compare(vector, values.vectorValue());
                    best.add(new ScoredDoc(segment.docBase + doc, score));
                    if (best.size() > n) {
                        best.poll();
                    }
                }
            }
            List<ScoredDoc> out = new ArrayList<>(best);
            out.sort(WORST_FIRST.reversed());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("vector search failed", e);
        }
    }

    /** The documents of the {@code n} nearest vectors, best first (for the sweep bench). */
    public int[] nearest(IndexSearcher searcher, float[] vector, int n) {
        return search(searcher, vector, null, n).stream().mapToInt(ScoredDoc::doc).toArray();
    }

    /** The live documents the filter keeps; null when that is every document, {@link #NONE} when none. */
    private static Bits accepted(LeafReaderContext segment, Weight filter) throws IOException {
        Bits live = segment.reader().getLiveDocs();
        if (filter == null) {
            return live;
        }
        Scorer scorer = filter.scorer(segment);
        if (scorer == null) {
            return NONE;
        }
        FixedBitSet kept = new FixedBitSet(segment.reader().maxDoc());
        DocIdSetIterator it = scorer.iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
            if (live == null || live.get(doc)) {
                kept.set(doc);
            }
        }
        return kept;
    }

    private SignCodes codesOf(LeafReader segment) {
        IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
        if (helper == null) {
            return read(segment);
        }
        return codes.get(helper.getKey(), key -> read(segment));
    }

    private SignCodes read(LeafReader segment) {
        try {
            return SignCodes.of(segment, field);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the vectors of " + segment, e);
        }
    }
}
