package newsdesk.llm;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsdesk.article.Article;
import newsdesk.article.Sentence;
import newsdesk.retrieval.RetrievedPassage;
import newsdesk.text.InstructionLikeText;

/**
 * A retrieved passage as the model sees it: numbered {@code [n]} and introduced by its article's title, source and
 * date. The same header counts as evidence when a claim is checked, so "published on 19 January" can be cited.
 */
record NumberedPassage(int n, RetrievedPassage hit) {
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE, d MMMM uuuu", Locale.ENGLISH);

    /** The passages numbered 1..n in the order given, each passage once. */
    static List<NumberedPassage> number(List<RetrievedPassage> passages) {
        List<NumberedPassage> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (RetrievedPassage hit : passages) {
            if (seen.add(hit.passage().key())) {
                out.add(new NumberedPassage(out.size() + 1, hit));
            }
        }
        return out;
    }

    /** All passages as they go into the prompt's {@code {{passages}}}. */
    static String forPrompt(List<NumberedPassage> passages) {
        StringBuilder sb = new StringBuilder();
        for (NumberedPassage p : passages) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(PromptText.asData(p.header())).append('\n').append(PromptText.asData(p.text()));
        }
        return sb.toString();
    }

    /** {@code [2] "Title" (Source, Saturday, 19 January 2013)} */
    String header() {
        Article a = hit.article().article();
        StringBuilder sb = new StringBuilder("[").append(n).append("] \"").append(a.title()).append('"');
        List<String> details = new ArrayList<>();
        if (a.source() != null && !a.source().isBlank()) {
            details.add(a.source());
        }
        String date = date(a.published());
        if (date != null) {
            details.add(date);
        }
        if (!details.isEmpty()) {
            sb.append(" (").append(String.join(", ", details)).append(')');
        }
        return sb.toString();
    }

    /** The source and date, as text whose names a claim may use ("Reuters reported on Saturday..."). */
    String headerFacts() {
        Article a = hit.article().article();
        String date = date(a.published());
        return (a.source() == null ? "" : a.source()) + ".\n" + (date == null ? "" : date);
    }

    /** The publication date written out ("Saturday, 19 January 2013"), or empty. */
    String dateText() {
        String date = date(hit.article().article().published());
        return date == null ? "" : date;
    }

    String text() {
        return hit.passage().text();
    }

    List<Sentence> sentences() {
        return hit.passage().sentences();
    }

    /**
     * What a claim citing this passage may draw on: the header and the sentences, except those that speak to a
     * machine ("ignore previous instructions...", "@everyone"): they are data, never support for an answer.
     */
    String evidence() {
        StringBuilder sb = new StringBuilder(header().substring(header().indexOf(']') + 1));
        for (Sentence s : sentences()) {
            if (!InstructionLikeText.matches(s.text())) {
                sb.append('\n').append(s.text());
            }
        }
        return sb.toString();
    }

    Article article() {
        return hit.article().article();
    }

    private static String date(String published) {
        if (published == null || published.isBlank()) {
            return null;
        }
        return Article.parseInstant(published)
                .map(i -> LocalDate.ofInstant(i, ZoneOffset.UTC).format(LONG_DATE))
                .orElse(published);
    }
}
