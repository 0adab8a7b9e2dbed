package newsdesk.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import newsdesk.text.Words;
import org.junit.jupiter.api.Test;

class QuestionFormTest {
    @Test
    void theKindComesFromTheAskingSentenceAfterAnySceneSetting() {
        QuestionForm q = QuestionForm.of("Lawmakers in Ostrava passed a wage law this week. How much will the "
                + "minimum hourly wage rise?");
        assertThat(q.focus()).startsWith("How much");
        assertThat(q.kind()).isEqualTo(AnswerKind.QUANTITY);
        assertThat(q.stems()).contains(Words.stem("lawmakers"), Words.stem("wage"));
        assertThat(q.askedStems()).contains(Words.stem("hourly")).doesNotContain(Words.stem("wage"));
    }

    @Test
    void generalQuestionFormsGiveTheirKinds() {
        assertThat(QuestionForm.of("How long did the blockade last?").kind()).isEqualTo(AnswerKind.DURATION);
        assertThat(QuestionForm.of("When did the bridge reopen?").kind()).isEqualTo(AnswerKind.TIME);
        assertThat(QuestionForm.of("Where did the ferry run aground?").kind()).isEqualTo(AnswerKind.PLACE);
        assertThat(QuestionForm.of("In which city did the summit take place?").kind()).isEqualTo(AnswerKind.PLACE);
        assertThat(QuestionForm.of("Why did the union call the strike?").kind()).isEqualTo(AnswerKind.REASON);
        assertThat(QuestionForm.of("What did the mayor say about the budget?").kind()).isEqualTo(AnswerKind.STATEMENT);
        assertThat(QuestionForm.of("Who won the final?").kind()).isEqualTo(AnswerKind.PERSON);
        assertThat(QuestionForm.of("Which company bought the brewery?").kind()).isEqualTo(AnswerKind.NAME);
        assertThat(QuestionForm.of("Give me a short summary of the storm").kind()).isEqualTo(AnswerKind.SUMMARY);
        assertThat(QuestionForm.of("What happened?").kind()).isEqualTo(AnswerKind.SUMMARY);
        assertThat(QuestionForm.of("What happened in Brenn this week?").kind()).isEqualTo(AnswerKind.SUMMARY);
        assertThat(QuestionForm.of("What happened when the crew tried to leave?").kind())
                .isNotEqualTo(AnswerKind.SUMMARY);
        assertThat(QuestionForm.of("What happened with the lifeboats at first?").kind())
                .isNotEqualTo(AnswerKind.SUMMARY);
        assertThat(QuestionForm.of("What is going on with the strike?").kind()).isEqualTo(AnswerKind.SUMMARY);
        assertThat(QuestionForm.of("What is the latest death toll?").kind()).isEqualTo(AnswerKind.QUANTITY);
        assertThat(QuestionForm.of("Is the museum open on Sundays?").kind()).isEqualTo(AnswerKind.OTHER);
    }

    @Test
    void itReadsWhatIsCountedWhatIsAskedForAndWhetherTheLatestOrATimeOfDayIsWanted() {
        QuestionForm counted = QuestionForm.of("How many Estonian workers were rescued?");
        assertThat(counted.counted()).containsExactly(Words.stem("estonian"), Words.stem("workers"));
        assertThat(QuestionForm.of("Which national park was closed?").category())
                .containsExactly(Words.stem("national"), Words.stem("park"));
        assertThat(QuestionForm.of("What is the final toll?").category()).contains(Words.stem("toll"));
        assertThat(QuestionForm.of("What is the latest count?").wantsLatest()).isTrue();
        assertThat(QuestionForm.of("What was counted?").wantsLatest()).isFalse();
        assertThat(QuestionForm.of("At what time did the alarm sound?").wantsClock()).isTrue();
        assertThat(QuestionForm.of("On what day did the alarm sound?").wantsClock()).isFalse();
    }
}
