package newsdesk.answer;

import newsdesk.article.Article;
import newsdesk.llm.Quote;

/**
 * One numbered source of an answer.
 *
 * @param n the number used as {@code [n]} in the answer text
 * @param quote verbatim text of the cited article (whitespace may be normalised) that holds the claim
 */
public record Citation(int n, String articleId, String title, String source, String published, String url, String quote) {

    /** The citation of a checked quote. */
    public static Citation of(Quote quote) {
        Article a = quote.article();
        return new Citation(quote.n(), a.id(), a.title(), a.source(), a.published(), a.url(), quote.text());
    }
}
