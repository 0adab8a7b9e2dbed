package newsdesk.article;

import java.util.List;

/**
 * A few consecutive sentences of one article: the unit that is indexed, retrieved and cited.
 *
 * @param articleId the article it belongs to
 * @param ordinal its position among the article's passages, from 0
 * @param sentences in order, with offsets into the article text
 */
public record Passage(String articleId, int ordinal, List<Sentence> sentences) {
    public Passage {
        sentences = List.copyOf(sentences);
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("a passage needs at least one sentence");
        }
    }

    /** The sentences joined by single spaces (what is indexed and embedded). */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Sentence s : sentences) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(s.text());
        }
        return sb.toString();
    }

    public String key() {
        return articleId + "#" + ordinal;
    }
}
