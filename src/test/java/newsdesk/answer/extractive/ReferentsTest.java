package newsdesk.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferentsTest {

    @Test
    void aSentenceThatCallsTheAnswerByItsKindBringsTheSentenceThatNamesIt() {
        ArticleFacts a = Articles.of("show", """
                “Harbour Lights” is coming back. The streamer said the popular drama will return for a third season \
                next spring.
                """);
        QuestionContext q = context("Which popular drama was renewed for another season?");
        assertThat(Referents.antecedentOf(a, 1, q)).contains(0);
        assertThat(Referents.antecedentOf(a, 0, q)).isEmpty();
    }

    @Test
    void aSentenceThatNamesTheAnswerItselfNeedsNothing() {
        ArticleFacts a = Articles.of("team", """
                Crowds gathered in the square. The Valdora Hawks won the cup on penalties.
                """);
        assertThat(Referents.antecedentOf(a, 1, context("Which team won the cup?"))).isEmpty();
    }

    private static QuestionContext context(String question) {
        return QuestionContext.of(QuestionForm.of(question), new float[] {1}, new float[] {1}, Articles.EVEN);
    }
}
