package newsdesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import newsdesk.answer.Answer;
import newsdesk.answer.Citation;
import newsdesk.text.DisplayText;

/** Answers as a person reads them, and as the one-line JSON contract of {@code ask --json}. */
final class AnswerPrinter {
    static final ObjectMapper JSON = new ObjectMapper();

    private AnswerPrinter() {
    }

    /** The answer's text and notice as shown; the citations, quotes included, verbatim (they are data). */
    static String json(Answer answer) {
        Answer shown = new Answer(answer.question(), DisplayText.clean(answer.answer()), answer.abstained(),
                answer.citations(), answer.mode(), DisplayText.clean(answer.notice()), answer.tookMs(), answer.dropped());
        try {
            return JSON.writeValueAsString(shown);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an answer as JSON", e);
        }
    }

    static void human(Answer answer, PrintStream out) {
        out.println(DisplayText.clean(answer.answer()));
        if (answer.notice() != null) {
            out.println();
            out.println("(" + DisplayText.clean(answer.notice()) + ")");
        }
        if (!answer.citations().isEmpty()) {
            out.println();
            out.println("Sources:");
            for (Citation c : answer.citations()) {
                out.println("[" + c.n() + "] " + describe(c));
                out.println("    \"" + DisplayText.clean(c.quote()) + "\"");
                if (c.url() != null) {
                    out.println("    " + c.url());
                }
            }
        }
    }

    /** "Title — Source, 2013-01-19" with whatever is known. */
    static String describe(Citation c) {
        StringBuilder sb = new StringBuilder(DisplayText.clean(c.title()));
        String by = c.source() == null ? "" : DisplayText.clean(c.source());
        if (c.published() != null) {
            by = by.isEmpty() ? c.published() : by + ", " + c.published();
        }
        if (!by.isEmpty()) {
            sb.append(" — ").append(by);
        }
        return sb.toString();
    }
}
