package newsdesk.answer.extractive;

import newsdesk.answer.Citation;
import newsdesk.answer.Answer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompoundQuestionTest {
    @Test
    void splitsQuestionsJoinedByAndOrAQuestionMark() {
        assertThat(CompoundQuestion.split("For how long were ambulances diverted, and where were they sent?"))
                .containsExactly("For how long were ambulances diverted", "where were they sent?");
        assertThat(CompoundQuestion.split("Who attacked? Why did they do it?"))
                .containsExactly("Who attacked", "Why did they do it?");
        assertThat(CompoundQuestion.split("What did the French and British governments say?")).hasSize(1);
    }

    @Test
    void mergesAnswersRenumberingCitationsAndNotingAnUnansweredPart() {
        Citation a = new Citation(1, "x", "T", null, null, null, "Quote A.");
        Citation b = new Citation(1, "y", "U", null, null, null, "Quote B.");
        Answer merged = CompoundQuestion.merge("q", List.of(
                new Answer("p1", "Quote A. [1]", false, List.of(a), Answer.EXTRACTIVE, null, 0),
                new Answer("p2", "Quote B. [1]", false, List.of(b), Answer.EXTRACTIVE, null, 0),
                new Answer("p3", Answer.DECLINE, true, List.of(), Answer.EXTRACTIVE, null, 0)));
        assertThat(merged.answer()).isEqualTo("Quote A. [1] Quote B. [2]");
        assertThat(merged.citations()).extracting(Citation::n).containsExactly(1, 2);
        assertThat(merged.notice()).isEqualTo(CompoundQuestion.PARTLY);
        assertThat(merged.abstained()).isFalse();
    }
}
