package newsdesk.article;

/**
 * What storing one article did.
 *
 * @param detail for DUPLICATE the id of the article already holding the same text; otherwise null
 */
public record IngestOutcome(Kind kind, String articleId, int passages, String detail) {
    public enum Kind { ADDED, UPDATED, UNCHANGED, DUPLICATE }
}
