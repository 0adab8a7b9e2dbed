package newsdesk.article;

import java.util.List;

/**
 * What one file yielded: the articles that could be read and, for files holding several (.json arrays, .jsonl),
 * the entries that could not.
 */
public record ReadResult(List<Article> articles, List<Problem> problems) {
    public ReadResult {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    /**
     * One entry that was left out.
     *
     * @param where the file and entry, e.g. {@code feeds/wire.jsonl line 3}
     * @param reason short, lower-case, e.g. {@code no text}
     */
    public record Problem(String where, String reason) {
        @Override
        public String toString() {
            return where + ": " + reason;
        }
    }
}
