package newsdesk.briefing;

import java.util.List;
import newsdesk.answer.Citation;
import newsdesk.article.Article;
import newsdesk.article.Sentence;

/** Citation numbers run through the whole briefing, so every [n] in its text is unambiguous. */
final class CitationNumbering {
    private int next = 1;

    Citation cite(Article a, Sentence s) {
        return new Citation(next++, a.id(), a.title(), a.source(), a.published(), a.url(), s.text());
    }

    /** The number the next citation gets. */
    int next() {
        return next;
    }

    /** Citations numbered elsewhere (from {@link #next()} on) are taken: numbering goes on after them. */
    void taken(List<Citation> citations) {
        for (Citation c : citations) {
            next = Math.max(next, c.n() + 1);
        }
    }
}
