package newsdesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionFormTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "When did it end?",
            "when did it end",
            "What’s the latest",
            "and how many were injured",
            "ok so who is in charge now",
            "Is there any news on the talks",
            "did they agree in the end",
            "Summarise the latest reports.",
            "please tell me more",
            "Tell me more!",
            "thanks! what about the second site",
            "I wonder how long the repairs take",
            "any update on the vote",
            "Compare the two figures",
            "The vote was on Tuesday, right?",
            "Quick question: where was it",
            "see https://example.org/a?b=c — where was this taken?",
            "more details please",
    })
    void questionsAndRequestsAreAskedOfTheBot(String text) {
        assertThat(QuestionForm.isQuestionOrRequest(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "thanks, that helps!",
            "Thank you",
            "great",
            "lol",
            "ok will do",
            "I'll read the full report tonight.",
            "What a day!",
            "How nice!",
            "interesting, I did not know that",
            "see https://example.org/page?id=3",
            "`SELECT * FROM t WHERE x = ?`",
            "",
            "👍",
    })
    void chatterIsNot(String text) {
        assertThat(QuestionForm.isQuestionOrRequest(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Do they know", "Can you check", "Are we there"})
    void anAuxiliaryOpensAQuestionWhenASubjectFollows(String text) {
        assertThat(QuestionForm.isQuestionOrRequest(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Have fun", "Was great", "Will do"})
    void anAuxiliaryWithoutASubjectIsNot(String text) {
        assertThat(QuestionForm.isQuestionOrRequest(text)).isFalse();
    }
}
