package newsdesk.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.Set;
import newsdesk.text.Words;
import org.junit.jupiter.api.Test;

class QuestionContextTest {
    private static QuestionContext question(String text) {
        return QuestionContext.of(QuestionForm.of(text), new float[0], new float[0], Articles.EVEN);
    }

    private static Set<String> stems(String text) {
        return Set.copyOf(Words.contentStems(text));
    }

    @Test
    void whatTheQuestionAsksBeyondTheStoryIsFoundInTheSentenceThatAnswersIt() {
        QuestionContext q = question("By how much did the bike maker's shares fall after the results?");
        Set<String> title = stems("Bike maker posts loss as dealers cut orders");
        Set<String> lead = stems("The bike maker reported a loss for the quarter on Thursday, its results hit by "
                + "dealers cutting orders.");
        double restatesTheStory = q.beyondOverlap(lead, title, lead);
        double answers = q.beyondOverlap(stems("Its shares fell 11% in early trading."), title, lead);
        assertThat(restatesTheStory).isZero();
        assertThat(answers).isGreaterThan(0.25);
        assertThat(q.beyondShare(title, lead)).isBetween(0.3, 0.9);
    }

    @Test
    void aQuestionAllAboutTheStoryHasNothingBeyondIt() {
        QuestionContext q = question("Did the bike maker report a loss?");
        Set<String> lead = stems("The bike maker reported a loss for the quarter.");
        assertThat(q.beyondOverlap(stems("Anything at all about bikes."), Set.of(), lead)).isZero();
        assertThat(q.beyondShare(Set.of(), lead)).isZero();
    }

    @Test
    void aNameAndItsInitialismWeighAsOneWord() {
        QuestionContext q = question("How did the United States respond?");
        assertThat(q.stems()).containsExactlyInAnyOrder("us", "respond");
        assertThat(q.overlap(stems("The U.S. responded with sanctions."))).isEqualTo(1.0);
    }

    @Test
    void namesAreCapitalisedWordsThatDoNotMerelyOpenASentenceAndInitialisms() {
        QuestionContext q = question("Flooding hit the Varda valley. What did the UN say? Officials in Tessin spoke.");
        assertThat(q.nameStems())
                .containsExactlyInAnyOrder(Words.stem("varda"), Words.stem("un"), Words.stem("tessin"));
    }

    @Test
    void aNameMissingFromEveryArticleCountsByItsWeightAndADemonymFindsItsPlace() {
        QuestionContext q = question("What did Kessler tell the Norwegian and Chilean envoys?");
        Set<String> article = stems("Norway and Chile sent envoys to the talks on Monday.");
        assertThat(q.namesMissing(List.of(article))).isCloseTo(1.0 / 3, offset(1e-9));
        assertThat(q.namesMissing(List.of(article, stems("Kessler spoke first.")))).isZero();
        assertThat(question("What did the envoys say?").namesMissing(List.of(article))).isZero();
    }

    @Test
    void aPlaceAdjectiveFindsItsPlaceWhenTheirSpellingsPartEarly() {
        QuestionContext q = question("Which Irish and Danish ports were closed?");
        assertThat(q.namesMissing(List.of(stems("Storms shut ports in Ireland and Denmark.")))).isZero();
    }

    @Test
    void aNameThatOnlySharesItsFirstLettersWithAWordIsStillMissing() {
        QuestionContext q = question("Where did Lebrecht play?");
        assertThat(q.namesMissing(List.of(stems("Lebanon played a friendly in Beirut.")))).isEqualTo(1.0);
    }
}
