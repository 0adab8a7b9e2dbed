package newsdesk.article;

import org.jsoup.Jsoup;

/** Text of an HTML fragment (a feed entry's content) the way an .html article's text is read: blocks become paragraphs. */
public final class HtmlText {
    private HtmlText() {
    }

    public static String of(String html) {
        return BodyText.normalise(HtmlFormat.blockText(Jsoup.parseBodyFragment(html).body()));
    }

    /** A title that may hold markup or entities, as one line of text. */
    public static String oneLine(String html) {
        return BodyText.oneLine(Jsoup.parseBodyFragment(html).text());
    }
}
