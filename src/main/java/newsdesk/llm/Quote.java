package newsdesk.llm;

import newsdesk.article.Article;

/**
 * One numbered source of checked text: the article and the verbatim sentences of it that support the claims citing
 * it.
 *
 * @param n the number used as {@code [n]} in the checked text
 */
public record Quote(int n, Article article, String text) {
}
