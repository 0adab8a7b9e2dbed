package newsdesk.retrieval;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/** A {@link SearchFilter} as a Lucene query over passage documents, so both BM25 and kNN filter before ranking. */
final class FilterQueries {
    private FilterQueries() {
    }

    /** @return null when the filter restricts nothing */
    static Query of(SearchFilter filter) {
        if (filter == null || filter.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (filter.from() != null || filter.to() != null) {
            long from = filter.from() == null ? Long.MIN_VALUE : ArticleDocuments.toMillis(filter.from());
            long to = filter.to() == null ? Long.MAX_VALUE : ArticleDocuments.toMillis(filter.to());
            long lastIncluded = filter.to() == null || to == Long.MIN_VALUE ? to : to - 1; // [from, to)
            b.add(LongPoint.newRangeQuery(ArticleDocuments.DATE, from, lastIncluded), BooleanClause.Occur.FILTER);
        }
        if (!filter.sources().isEmpty()) {
            List<BytesRef> keys = new ArrayList<>();
            for (String source : filter.sources()) {
                String key = ArticleDocuments.sourceKey(source);
                if (key != null) {
                    keys.add(new BytesRef(key));
                }
            }
            b.add(new TermInSetQuery(ArticleDocuments.SOURCE_KEY, keys), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }
}
