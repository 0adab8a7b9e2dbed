package newsdesk.article;

/**
 * A sentence of an article: its exact text and where it stands in {@link Article#text()}.
 *
 * @param start offset of the first character in the article text
 * @param end offset just past the last character
 */
public record Sentence(int start, int end, String text) {
    public Sentence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence bounds " + start + ".." + end);
        }
    }
}
