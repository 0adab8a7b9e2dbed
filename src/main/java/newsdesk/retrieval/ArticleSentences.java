package newsdesk.retrieval;

import java.util.List;
import newsdesk.article.Sentence;
import newsdesk.article.StoredArticle;

/**
 * An article as a reader reads it: every sentence, in order, with its vector.
 *
 * @param sentences with offsets into the article text
 * @param vectors one per sentence, in the same order
 */
public record ArticleSentences(StoredArticle article, List<Sentence> sentences, SentenceVectors vectors) {
    public ArticleSentences {
        sentences = List.copyOf(sentences);
        if (vectors.size() != sentences.size()) {
            throw new IllegalArgumentException(sentences.size() + " sentences but " + vectors.size() + " vectors");
        }
    }

    /** The position of the sentence that starts at this offset of the article text, or -1. */
    public int indexOf(int start) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = sentences.get(mid).start();
            if (s == start) {
                return mid;
            }
            if (s < start) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }
}
