package newsdesk.article;

import java.time.Instant;

/**
 * An article as the store holds it.
 *
 * @param ingestedAt when this version of the article entered the store
 * @param passages how many passages it was split into
 * @param contentHash hash of the normalised text; identical text under two ids is stored once
 */
public record StoredArticle(Article article, Instant ingestedAt, int passages, String contentHash) {
    public String id() {
        return article.id();
    }
}
