package newsdesk.article;

/** One kind of article file; {@link ArticleReader} picks it by extension and hands it decoded text. */
interface ArticleFormat {

    /**
     * @param text the whole file: UTF-8 decoded, LF line ends, NFC
     * @throws ArticleFileException when nothing of the file can be used
     */
    ReadResult read(String text, FileRef file) throws ArticleFileException;

    static ReadResult single(Article article) {
        return new ReadResult(java.util.List.of(article), java.util.List.of());
    }
}
