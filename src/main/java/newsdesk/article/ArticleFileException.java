package newsdesk.article;

/** A file that cannot become an article; the message is the reason shown to the user. */
public final class ArticleFileException extends Exception {
    public ArticleFileException(String reason) {
        super(reason);
    }
}
