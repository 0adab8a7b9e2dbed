package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import newsdesk.answer.Answer;
import newsdesk.answer.Citation;
import org.junit.jupiter.api.Test;

class AnswerPrinterTest {
    static final String QUOTE = "Talks \u202Eended\u202C, \uFF20everyone.";
    static final Answer ANSWER = new Answer("q", QUOTE + " [1]", false,
            List.of(new Citation(1, "a", "Talks", "Wire", "2024-03-01", null, QUOTE)), Answer.LLM,
            "note\u200B", 12, 2);

    @Test
    void jsonShowsTheAnswerCleanKeepsTheQuoteVerbatimAndLosesNoField() throws Exception {
        JsonNode json = AnswerPrinter.JSON.readTree(AnswerPrinter.json(ANSWER));
        assertThat(json.get("answer").asText()).isEqualTo("Talks ended, @everyone. [1]");
        assertThat(json.get("notice").asText()).isEqualTo("note");
        assertThat(json.get("citations").get(0).get("quote").asText()).isEqualTo(QUOTE);
        assertThat(json.get("dropped").asInt()).isEqualTo(2);
        assertThat(json.get("tookMs").asLong()).isEqualTo(12);
    }

    @Test
    void thePrintedFormShowsNothingInvisible() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnswerPrinter.human(ANSWER, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Talks ended, @everyone. [1]")
                .doesNotContain("\u202E").doesNotContain("\u200B").doesNotContain("\uFF20");
    }
}
