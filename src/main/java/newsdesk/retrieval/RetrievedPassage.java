package newsdesk.retrieval;

import newsdesk.article.Passage;
import newsdesk.article.StoredArticle;

/** A passage found for a query, with its article and a fused score (higher is better; only the order matters). */
public record RetrievedPassage(Passage passage, StoredArticle article, double score) {
}
