package newsdesk.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsdesk.config.FileErrors;

/**
 * Reads article files: Markdown ({@code .md .markdown}) and text ({@code .txt .text}) with optional YAML front
 * matter, web pages ({@code .html .htm}), and JSON ({@code .json}: an object or an array; {@code .jsonl}: one
 * object per line). Files must be UTF-8 (a BOM is allowed); text is stored in Unicode NFC with LF line ends.
 * A file that cannot be used fails with an {@link ArticleFileException} whose message is the reason.
 */
public final class ArticleReader {
    private static final Map<String, ArticleFormat> FORMATS = Map.of(
            "md", new MarkdownFormat(),
            "markdown", new MarkdownFormat(),
            "txt", new PlainTextFormat(),
            "text", new PlainTextFormat(),
            "html", new HtmlFormat(),
            "htm", new HtmlFormat(),
            "json", new JsonFormat(),
            "jsonl", new JsonLinesFormat(),
            "ndjson", new JsonLinesFormat());

    /** Extensions (lower case, no dot) of the files this reader understands. */
    public static final Set<String> EXTENSIONS = Set.copyOf(FORMATS.keySet());

    private final long maxFileBytes;

    public ArticleReader(long maxFileBytes) {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("max file size must be positive, not " + maxFileBytes);
        }
        this.maxFileBytes = maxFileBytes;
    }

    public static boolean isSupported(Path file) {
        return unsupportedReason(file) == null;
    }

    /** Why the file's type cannot be read, like {@code unsupported file type .pdf}; null when it can. */
    static String unsupportedReason(Path file) {
        Path name = file.getFileName();
        String extension = new FileRef(name == null ? "" : name.toString(), "", "", "").extension();
        if (FORMATS.containsKey(extension)) {
            return null;
        }
        return extension.isEmpty() ? "unsupported file type (no extension)" : "unsupported file type ." + extension;
    }

    /** The articles of a file; fails when none could be read (the reason of the first bad entry, if any). */
    public List<Article> read(Path file) throws ArticleFileException {
        ReadResult result = readAll(file);
        if (result.articles().isEmpty()) {
            if (result.problems().isEmpty()) {
                throw new ArticleFileException("no text");
            }
            ReadResult.Problem first = result.problems().get(0);
            throw new ArticleFileException(result.problems().size() == 1 ? first.reason()
                    : "no readable entries (" + result.problems().size() + " bad; first: " + first + ")");
        }
        return result.articles();
    }

    /**
     * The articles of a file and, for files holding several, the entries left out.
     *
     * @throws ArticleFileException when the file as a whole cannot be used
     */
    public ReadResult readAll(Path file) throws ArticleFileException {
        Path name = file.getFileName();
        return readAll(file, name == null ? file.toString() : name.toString());
    }

    /**
     * Like {@link #readAll(Path)}, for a file found in a folder that was ingested.
     *
     * @param idPath the file's path relative to that folder, which gives the ids of articles that name none
     */
    public ReadResult readAll(Path file, String idPath) throws ArticleFileException {
        Path name = file.getFileName();
        FileRef ref = new FileRef(name == null ? file.toString() : name.toString(), idPath, file.toString(),
                file.toString());
        String unsupported = unsupportedReason(file);
        if (unsupported != null) {
            throw new ArticleFileException(unsupported);
        }
        if (Files.isDirectory(file)) {
            throw new ArticleFileException("is a folder, not a file");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxFileBytes) {
                throw tooLarge(size);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ArticleFileException("cannot read: " + FileErrors.reason(e));
        }
        return parse(bytes, ref);
    }

    /**
     * Reads bytes that did not come from a file of their own (resources, pages, messages); {@code fileName} picks the
     * format and gives the id of an article that names none.
     */
    public ReadResult read(byte[] bytes, String fileName, String origin) throws ArticleFileException {
        String unsupported = unsupportedReason(Path.of(fileName));
        if (unsupported != null) {
            throw new ArticleFileException(unsupported);
        }
        return parse(bytes, new FileRef(fileName, fileName, fileName, origin));
    }

    private ReadResult parse(byte[] bytes, FileRef ref) throws ArticleFileException {
        if (bytes.length > maxFileBytes) {
            throw tooLarge(bytes.length); // a file that grew while we looked, or a resource
        }
        String text = FileText.decode(bytes);
        if (text.isBlank()) {
            throw new ArticleFileException("empty file");
        }
        return FORMATS.get(ref.extension()).read(text, ref);
    }

    private ArticleFileException tooLarge(long size) {
        return new ArticleFileException("too large (" + Sizes.human(size) + " > " + Sizes.human(maxFileBytes) + " limit)");
    }
}
