package newsdesk.article;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A web page saved as .html: the title from {@code og:title}, else {@code <title>}, else the first {@code <h1>};
 * the text of {@code <article>}, else {@code <main>}, else {@code <body>}, without scripts, navigation, headers,
 * footers, asides and forms, with a blank line between blocks (paragraphs, headings, list items, quotes) so
 * paragraphs survive. A repeated headline at the top of the text is dropped. Metadata that cannot be read (an
 * unparseable date) is left out rather than failing the page.
 */
final class HtmlFormat implements ArticleFormat {
    private static final String NOISE = "script, style, nav, header, footer, aside, form, noscript, template, svg, "
            + "iframe, button, select, textarea, [hidden]";
    private static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "dd", "details", "div", "dl",
            "dt", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre",
            "section", "summary", "table", "tr", "ul", "caption", "body");

    @Override
    public ReadResult read(String text, FileRef file) throws ArticleFileException {
        Document page = Jsoup.parse(text);
        String title = firstNonBlank(meta(page, "og:title"), page.title(), textOf(page.selectFirst("h1")));
        String source = meta(page, "og:site_name");
        String published = firstNonBlank(meta(page, "article:published_time"),
                page.selectFirst("time[datetime]") == null ? null : page.selectFirst("time[datetime]").attr("datetime"));
        String url = firstNonBlank(page.selectFirst("link[rel=canonical]") == null ? null
                : page.selectFirst("link[rel=canonical]").attr("href"), meta(page, "og:url"));

        page.select(NOISE).remove();
        Element main = firstNonNull(page.selectFirst("article"), page.selectFirst("main"), page.body());
        Element headline = main.selectFirst("h1");
        if (headline != null && title != null && isHeadline(textOf(headline), title)) {
            headline.remove();
        }
        String body = BodyText.normalise(blockText(main));
        ArticleFields fields = new ArticleFields(null, title == null ? null : BodyText.oneLine(title),
                source, published == null ? null : ArticleFields.publishedOrNull(published), url);
        return ArticleFormat.single(fields.toArticle(body, file.derivedId(), file.origin()));
    }

    /** {@code og:title} is often "Headline | Site"; the {@code <h1>} just "Headline". */
    private static boolean isHeadline(String h1, String title) {
        return !h1.isEmpty() && (h1.equalsIgnoreCase(title.strip()) || title.strip().startsWith(h1));
    }

    /** The element's text: whitespace collapsed, a blank line between blocks, a line break for {@code <br>}. */
    static String blockText(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    String s = textNode.getWholeText().replaceAll("[\\s\\h]+", " ");
                    boolean atLineStart = out.length() == 0 || out.charAt(out.length() - 1) == '\n';
                    boolean afterSpace = out.length() > 0 && out.charAt(out.length() - 1) == ' ';
                    if ((atLineStart || afterSpace) && s.startsWith(" ")) {
                        s = s.substring(1);
                    }
                    out.append(s);
                } else if (node instanceof Element element) {
                    if (element.normalName().equals("br")) {
                        out.append('\n');
                    } else if (BLOCKS.contains(element.normalName())) {
                        out.append("\n\n");
                    } else if (element.normalName().equals("td") || element.normalName().equals("th")) {
                        out.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    out.append("\n\n");
                }
            }
        }, root);
        return out.toString();
    }

    private static String meta(Document page, String property) {
        Element m = page.selectFirst("meta[property=\"" + property + "\"], meta[name=\"" + property + "\"]");
        return m == null ? null : blankToNull(m.attr("content"));
    }

    private static String textOf(Element element) {
        return element == null ? "" : element.text().strip();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static Element firstNonNull(Element... elements) {
        for (Element e : elements) {
            if (e != null) {
                return e;
            }
        }
        throw new IllegalStateException("jsoup always gives a body");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
