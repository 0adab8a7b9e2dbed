package newsdesk.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A user's question as a BM25 query: the analysed terms as optional clauses. No query syntax is interpreted, so
 * quotes, colons, operators and unbalanced parentheses are just text.
 */
final class LexicalQuery {
    /** Far below Lucene's clause limit; a question longer than this many distinct terms is not a question. */
    static final int MAX_TERMS = 128;

    private LexicalQuery() {
    }

    /** @return null when the question has no searchable term (empty, only stop words or punctuation) */
    static Query of(Analyzer analyzer, String field, String question) {
        Set<String> terms = terms(analyzer, field, question);
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : terms) {
            b.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    static Set<String> terms(Analyzer analyzer, String field, String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && terms.size() < MAX_TERMS) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse the question", e); // a StringReader does not fail
        }
        return terms;
    }
}
