package newsdesk.answer;

/**
 * One numbered source of an answer.
 *
 * @param n the number used as {@code [n]} in the answer text
 * @param quote verbatim text of the cited article (whitespace may be normalised) that holds the claim
 */
public record Citation(int n, String articleId, String title, String source, String published, String url, String quote) {
}
