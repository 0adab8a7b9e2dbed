package newsdesk.answer.extractive;

import newsdesk.answer.QuestionRewriter;
import newsdesk.answer.Turn;
import newsdesk.answer.Question;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContextMergeRewriterTest {
    private final QuestionRewriter rewriter = new ContextMergeRewriter();

    @Test
    void aFollowUpThatLeansOnTheConversationBorrowsThePreviousQuestion() {
        String merged = rewriter.standalone(new Question("Why did they do it?",
                List.of(new Turn("Who attacked the gas plant in Algeria?", "Militants [1]"))));
        assertThat(merged).startsWith("Why did they do it?").contains("gas").contains("plant").contains("Algeria");
    }

    @Test
    void aQuestionThatStandsAloneIsLeftAsIs() {
        Question q = new Question("How many Norwegian citizens are unaccounted for?",
                List.of(new Turn("Who attacked the gas plant?", "Militants [1]")));
        assertThat(rewriter.standalone(q)).isEqualTo(q.text());
        assertThat(rewriter.standalone(Question.of("Why did they do it?"))).isEqualTo("Why did they do it?");
    }
}
