package newsdesk.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import newsdesk.answer.Answer;
import org.junit.jupiter.api.Test;

class AnswerComposerTest {
    private static final ArticleFacts STORY = Articles.of("ferry", """
            A ferry carrying 212 people ran aground off Skerra on Sunday. All passengers were brought ashore \
            by lifeboats within three hours.

            The operator said the captain had reported a steering failure. Inspectors will board the ship on Monday.

            "The crew did everything right. Nobody was hurt," harbour master Ines Dahl said.
            """);
    private static final ReaderModel MODEL = ReaderModel.untrained().withThreshold(0.4).withSecond(0.5, 60);
    private final AnswerComposer composer = new AnswerComposer(MODEL, 3);

    @Test
    void belowTheThresholdItDeclines() {
        Answer a = composer.compose("Why did the ship stop?", ranked("Why did the ship stop?", 0.39,
                "steering failure", 0.9));
        assertThat(a.abstained()).isTrue();
        assertThat(a.answer()).isEqualTo(Answer.DECLINE);
    }

    @Test
    void theBestSentenceIsQuotedVerbatimWithItsCitationAndACloseSecondComesToo() {
        Answer a = composer.compose("Why did the ship stop?", ranked("Why did the ship stop?", 0.8,
                "steering failure", 0.6, "Inspectors will board", 0.35, "ran aground", 0.05));
        assertThat(a.abstained()).isFalse();
        assertThat(a.answer()).isEqualTo("The operator said the captain had reported a steering failure. [1] "
                + "Inspectors will board the ship on Monday. [1]");
        assertThat(a.citations()).singleElement().satisfies(c -> {
            assertThat(c.articleId()).isEqualTo("ferry");
            assertThat(c.quote()).contains("steering failure").contains("Inspectors will board");
        });
    }

    @Test
    void aSecondSentenceFarBelowTheBestIsLeftOut() {
        Answer a = composer.compose("Why did the ship stop?", ranked("Why did the ship stop?", 0.8,
                "steering failure", 0.9, "Inspectors will board", 0.2));
        assertThat(a.answer()).doesNotContain("Inspectors");
    }

    @Test
    void aSecondSentenceThatWouldMakeThePairTooLongIsLeftOutForAShorterOne() {
        // "The operator said ..." (10 words) + "All passengers were brought ..." (10) is 20 words; with "Inspectors
        // will board ..." (7) the pair is 17
        ReaderModel tight = MODEL.withSecond(0.5, 19);
        Answer a = new AnswerComposer(tight, 3).compose("Why did the ship stop?", ranked("Why did the ship stop?",
                0.8, "steering failure", 0.5, "All passengers", 0.4, "Inspectors will board", 0.35));
        assertThat(a.answer()).doesNotContain("All passengers").contains("Inspectors will board");
        Answer roomy = new AnswerComposer(MODEL.withSecond(0.5, 20), 3).compose("Why did the ship stop?",
                ranked("Why did the ship stop?", 0.8, "steering failure", 0.5, "All passengers", 0.4,
                        "Inspectors will board", 0.35));
        assertThat(roomy.answer()).contains("All passengers").doesNotContain("Inspectors");
    }

    @Test
    void aQuotationComesWithItsSpeaker() {
        Answer a = composer.compose("Was anyone hurt?", ranked("Was anyone hurt?", 0.8, "Nobody was hurt", 0.9));
        assertThat(a.answer()).contains("Nobody was hurt").contains("Ines Dahl said");
    }

    @Test
    void aWhatHappenedQuestionGetsTheLeadOfTheBestStory() {
        Answer a = composer.compose("What happened?", ranked("What happened?", 0.8, "Inspectors will board", 0.9));
        assertThat(a.answer()).startsWith("A ferry carrying 212 people ran aground").contains("All passengers")
                .doesNotContain("Inspectors");
    }

    /** The given sentences of the story ranked with these probabilities, judged answerable with {@code confidence}. */
    private static SentenceRanking.Ranked ranked(String question, double confidence, Object... sentencesAndP) {
        List<Candidate> candidates = new ArrayList<>();
        for (int k = 0; k < sentencesAndP.length; k += 2) {
            int i = Articles.indexOf(STORY, (String) sentencesAndP[k]);
            candidates.add(new Candidate(STORY, i, 0, 0, 0.8, 0.8, 0, 0, new double[Features.NAMES.size()],
                    (double) sentencesAndP[k + 1]));
        }
        candidates.sort((x, y) -> Double.compare(y.probability(), x.probability()));
        QuestionContext q = QuestionContext.of(QuestionForm.of(question), new float[] {1}, new float[] {1}, Articles.EVEN);
        return new SentenceRanking.Ranked(q, candidates, List.of(), confidence);
    }
}
