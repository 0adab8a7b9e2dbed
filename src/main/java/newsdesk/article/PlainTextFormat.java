package newsdesk.article;

/** A .txt file: optional front matter, then the text as written, hard-wrapped lines joined ({@link SoftWraps}). */
final class PlainTextFormat implements ArticleFormat {

    @Override
    public ReadResult read(String text, FileRef file) throws ArticleFileException {
        FrontMatter frontMatter = FrontMatter.split(text);
        ArticleFields fields = ArticleFields.from(frontMatter.fields());
        String body = BodyText.normalise(String.join("\n", SoftWraps.join(frontMatter.body().lines().toList())));
        return ArticleFormat.single(fields.toArticle(body, file.derivedId(), file.origin()));
    }
}
