package newsdesk.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionAnalysisTest {
    @Test
    void recognisesWhatIsAsked() {
        assertThat(QuestionAnalysis.of("How many militants died in total?").kind()).isEqualTo(QuestionKind.COUNT);
        assertThat(QuestionAnalysis.of("How many militants died in total?").target()).contains("milit");
        assertThat(QuestionAnalysis.of("How long did the crisis last?").kind()).isEqualTo(QuestionKind.DURATION);
        assertThat(QuestionAnalysis.of("How many days did the siege last?").kind()).isEqualTo(QuestionKind.DURATION);
        assertThat(QuestionAnalysis.of("When did the army attack?").kind()).isEqualTo(QuestionKind.TIME);
        assertThat(QuestionAnalysis.of("Where is the plant?").kind()).isEqualTo(QuestionKind.PLACE);
        assertThat(QuestionAnalysis.of("Why did they attack?").kind()).isEqualTo(QuestionKind.REASON);
        assertThat(QuestionAnalysis.of("Who is John Thompson?").kind()).isEqualTo(QuestionKind.DEFINITION);
        assertThat(QuestionAnalysis.of("Who was killed on the bus?").kind()).isEqualTo(QuestionKind.PERSON);
        assertThat(QuestionAnalysis.of("Which companies run the plant?").kind()).isEqualTo(QuestionKind.ENTITY);
        assertThat(QuestionAnalysis.of("Which border did they cross?").kind()).isEqualTo(QuestionKind.PLACE);
        assertThat(QuestionAnalysis.of("What did the president say about talks?").kind()).isEqualTo(QuestionKind.STATEMENT);
        assertThat(QuestionAnalysis.of("Tell me about the strike").kind()).isEqualTo(QuestionKind.GENERAL);
    }

    @Test
    void aNumberMustCountTheThingAskedAbout() {
        QuestionAnalysis q = QuestionAnalysis.of("How much gas does the plant produce per day?");
        String days = "Armed militants had first seized the plant, located in Ain Amenas, four days ago.";
        assertThat(AnswerEvidence.of(q, Words.tokens(days), days)).isLessThan(ExtractiveAnswerer.MIN_EVIDENCE);
        QuestionAnalysis militants = QuestionAnalysis.of("How many militants died?");
        String toll = "The crisis left at least 23 hostages dead, along with all 32 militants.";
        assertThat(AnswerEvidence.of(militants, Words.tokens(toll), toll)).isEqualTo(1.0);
    }
}
