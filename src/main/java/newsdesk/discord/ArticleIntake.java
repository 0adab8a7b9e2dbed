package newsdesk.discord;

import java.util.Objects;
import newsdesk.article.ArticleReader;
import newsdesk.article.Ingestor;
import newsdesk.article.WebPages;

/**
 * What adding articles from Discord needs ({@code /add}, "Add to Newsdesk"): the reader of pages at links, the
 * reader of attached files, and where the articles go.
 *
 * @param maxBytes the largest attachment taken ({@code ingest.max-file-bytes}); larger ones are refused unread
 */
public record ArticleIntake(WebPages web, ArticleReader files, Ingestor ingestor, long maxBytes) {
    public ArticleIntake {
        Objects.requireNonNull(web, "web");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(ingestor, "ingestor");
    }
}
