package newsdesk.article;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Articles from the web: a page (or a text, Markdown or JSON file) at a link, fetched by {@link WebFetcher} and read
 * by the same readers as files, so an HTML page is extracted with jsoup as a saved page would be. The format comes
 * from the content type (else the link's extension); the article's id from the link, so adding it again updates it;
 * an article without its own link or source gets the page's address and host.
 */
public final class WebPages {
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int ID_CHARS = 100;

    private final AddressGuard guard;
    private final WebFetcher fetcher;
    private final ArticleReader reader;

    public WebPages(WebSettings settings, ArticleReader reader) {
        this.guard = new AddressGuard(settings.allowPrivateAddresses());
        this.fetcher = new WebFetcher(settings, guard, System::nanoTime);
        this.reader = reader;
    }

    /** Fails, saying why, for a link that may not be read (not http(s), or a local, private or metadata address). */
    public void check(URI url) throws ArticleFileException {
        guard.check(url);
    }

    /** The articles of the page at the link. */
    public ReadResult read(URI url) throws ArticleFileException {
        WebFetcher.Fetched page = fetcher.fetch(url);
        String extension = extension(page.contentType(), page.url())
                .orElseThrow(() -> new ArticleFileException("not a page or a text file (" + page.contentType() + ")"));
        String fileName = idFor(page.url()) + "." + extension;
        ReadResult result = reader.read(utf8(page.body(), page.contentType(), extension), fileName, page.url().toString());
        List<Article> articles = result.articles().stream().map(a -> withPlace(a, page.url())).toList();
        return new ReadResult(articles, result.problems());
    }

    /** A file at a link (a Discord attachment), read by its name like a file on disk. */
    public ReadResult readFile(URI url, String fileName) throws ArticleFileException {
        String unsupported = ArticleReader.unsupportedReason(java.nio.file.Path.of(fileName));
        if (unsupported != null) {
            throw new ArticleFileException(unsupported);
        }
        WebFetcher.Fetched file = fetcher.fetch(url);
        return reader.read(file.body(), fileName, fileName);
    }

    static Optional<String> extension(String contentType, URI url) {
        String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        String fromPath = pathExtension(url);
        return switch (type) {
            case "text/html", "application/xhtml+xml" -> Optional.of("html");
            case "application/json" -> Optional.of("json");
            case "application/x-ndjson", "application/jsonl", "application/json-lines" -> Optional.of("jsonl");
            case "text/markdown", "text/x-markdown" -> Optional.of("md");
            case "text/plain" -> Optional.of(fromPath.equals("md") || fromPath.equals("markdown") ? "md" : "txt");
            case "", "application/octet-stream" ->
                    Optional.of(ArticleReader.EXTENSIONS.contains(fromPath) ? fromPath : "html");
            default -> Optional.empty();
        };
    }

    private static String pathExtension(URI url) {
        String path = url.getPath() == null ? "" : url.getPath();
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** A stable id from the link: host, path and query as one slug, e.g. {@code news-example-org-2024-strike}. */
    static String idFor(URI url) {
        String raw = url.getHost() + "/" + (url.getPath() == null ? "" : url.getPath())
                + (url.getQuery() == null ? "" : "/" + url.getQuery());
        int dot = raw.lastIndexOf('.');
        if (dot > raw.lastIndexOf('/')) {
            raw = raw.substring(0, dot);
        }
        String slug = NOT_ALPHANUMERIC.matcher(raw.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > ID_CHARS) {
            slug = slug.substring(0, ID_CHARS) + "-" + ContentHash.sha256Hex(url.toString()).substring(0, 8);
        }
        return slug.isEmpty() ? "page" : slug;
    }

    /** The body as UTF-8: other charsets (from the header, or a page's own meta tag) are converted. */
    private static byte[] utf8(byte[] body, String contentType, String extension) {
        String charset = find(CHARSET, contentType);
        if (charset == null && extension.equals("html")) {
            charset = find(META_CHARSET, new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1));
        }
        if (charset == null) {
            return body;
        }
        try {
            Charset cs = Charset.forName(charset);
            return cs.equals(StandardCharsets.UTF_8) ? body : new String(body, cs).getBytes(StandardCharsets.UTF_8);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return body;
        }
    }

    private static String find(Pattern pattern, String text) {
        if (text == null) {
            return null;
        }
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static Article withPlace(Article a, URI url) {
        String link = a.url() == null || a.url().isBlank() ? url.toString() : a.url();
        String source = a.source() == null || a.source().isBlank() ? url.getHost() : a.source();
        return new Article(a.id(), a.title(), source, a.published(), link, a.text(), url.toString());
    }
}
