package newsdesk.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Markdown file: optional front matter; a leading {@code # Heading} is the title when the front matter has none
 * (and is dropped when it repeats the front matter's title). The body loses Markdown syntax that a reader would not
 * see: heading, quote and bullet markers, emphasis, link and image syntax (link text stays), code ticks and fences,
 * rules, reference definitions and HTML comments. Citations quote this cleaned text.
 */
final class MarkdownFormat implements ArticleFormat {
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern ATX_HEADING = Pattern.compile("^\\s{0,3}(#{1,6})(\\s+.*?)?\\s*$");
    private static final Pattern SETEXT_H1 = Pattern.compile("^\\s{0,3}=+\\s*$");
    private static final Pattern SETEXT_H2 = Pattern.compile("^\\s{0,3}-+\\s*$");
    private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*$");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s*\\S+.*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*([-*+]|\\d{1,3}[.)])\\s.*");

    private static final Pattern HEADING_MARKS = Pattern.compile("^\\s*#{1,6}(\\s+|$)|\\s+#+\\s*$");
    private static final Pattern QUOTE_MARKS = Pattern.compile("^\\s*(>\\s?)+");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+(\\[[ xX]\\]\\s+)?");

    private static final Pattern ESCAPED = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>~|])");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\((?:[^()]|\\([^()]*\\))*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\((?:[^()]|\\([^()]*\\))*\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]+)\\]\\[[^\\]]*\\]");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?://|mailto:)[^>\\s]+|[^>\\s@]+@[^>\\s]+)>");
    private static final Pattern CODE = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern INLINE_TAG = Pattern.compile(
            "</?(?:b|i|em|strong|u|s|span|a|br|sup|sub|small|mark|abbr)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern STRONG_STARS = Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*");
    private static final Pattern STRONG_UNDERSCORES =
            Pattern.compile("(?<![\\p{L}\\p{N}_])__(?=\\S)(.+?)(?<=\\S)__(?![\\p{L}\\p{N}_])");
    private static final Pattern STAR = Pattern.compile("(?<![\\p{L}\\p{N}*])\\*(?=[^\\s*])(.+?)(?<=[^\\s*])\\*(?![\\p{L}\\p{N}*])");
    private static final Pattern UNDERSCORE =
            Pattern.compile("(?<![\\p{L}\\p{N}_])_(?=[^\\s_])(.+?)(?<=[^\\s_])_(?![\\p{L}\\p{N}_])");
    private static final Pattern STRIKE = Pattern.compile("~~(?=\\S)(.+?)(?<=\\S)~~");
    /** Escaped characters hide here, in the Private Use Area, while emphasis and links are removed. */
    private static final char HIDDEN = '\uE000';

    @Override
    public ReadResult read(String text, FileRef file) throws ArticleFileException {
        FrontMatter frontMatter = FrontMatter.split(text);
        ArticleFields fields = ArticleFields.from(frontMatter.fields());
        List<String> lines = setextToAtx(HTML_COMMENT.matcher(frontMatter.body()).replaceAll("").lines().toList());

        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first < lines.size() && isTopHeading(lines.get(first))) {
            String headline = BodyText.oneLine(inline(stripBlockMarks(lines.get(first))));
            if (fields.title() == null || headline.equalsIgnoreCase(fields.title())) {
                lines.remove(first);
                if (fields.title() == null && !headline.isEmpty()) {
                    fields = new ArticleFields(fields.id(), headline, fields.source(), fields.published(), fields.url());
                }
            }
        }

        List<String> prose = new ArrayList<>();
        for (String line : lines) {
            if (RULE.matcher(line).matches()) {
                prose.add("");
            } else if (!FENCE.matcher(line).matches() && !REFERENCE_DEFINITION.matcher(line).matches()) {
                prose.add(line);
            }
        }
        StringBuilder body = new StringBuilder();
        for (String line : SoftWraps.join(prose)) {
            body.append(inline(stripBlockMarks(line))).append('\n');
        }
        return ArticleFormat.single(fields.toArticle(BodyText.normalise(body.toString()), file.derivedId(), file.origin()));
    }

    /** "Title\n=====" becomes "# Title" (and "---" underlines "## "), so later steps see one kind of heading. */
    private static List<String> setextToAtx(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            int last = out.size() - 1;
            boolean underlinesText = last >= 0 && !out.get(last).isBlank() && !out.get(last).strip().startsWith("#")
                    && !LIST_ITEM.matcher(out.get(last)).matches() && !RULE.matcher(out.get(last)).matches();
            if (underlinesText && SETEXT_H1.matcher(line).matches()) {
                out.set(last, "# " + out.get(last).strip());
            } else if (underlinesText && SETEXT_H2.matcher(line).matches()) {
                out.set(last, "## " + out.get(last).strip());
            } else {
                out.add(line);
            }
        }
        return out;
    }

    private static boolean isTopHeading(String line) {
        var m = ATX_HEADING.matcher(line);
        return m.matches() && m.group(1).length() == 1;
    }

    private static String stripBlockMarks(String line) {
        String s = ATX_HEADING.matcher(line).matches() ? HEADING_MARKS.matcher(line).replaceAll("") : line;
        s = QUOTE_MARKS.matcher(s).replaceFirst("");
        s = BULLET.matcher(s).replaceFirst("");
        return s.endsWith("\\") ? s.substring(0, s.length() - 1) : s;
    }

    static String inline(String line) {
        String s = hideEscapes(line);
        s = IMAGE.matcher(s).replaceAll("");
        s = LINK.matcher(s).replaceAll("$1");
        s = REFERENCE_LINK.matcher(s).replaceAll("$1");
        s = AUTOLINK.matcher(s).replaceAll("$1");
        s = CODE.matcher(s).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(2).strip()));
        s = INLINE_TAG.matcher(s).replaceAll("");
        for (Pattern emphasis : List.of(STRONG_STARS, STRONG_UNDERSCORES, STAR, UNDERSCORE, STRIKE)) {
            s = emphasis.matcher(s).replaceAll("$1");
        }
        return revealEscapes(s);
    }

    private static String hideEscapes(String s) {
        return ESCAPED.matcher(s).replaceAll(m -> String.valueOf((char) (HIDDEN + m.group(1).charAt(0))));
    }

    private static String revealEscapes(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c >= HIDDEN && c < HIDDEN + 128 ? (char) (c - HIDDEN) : c);
        }
        return out.toString();
    }
}
