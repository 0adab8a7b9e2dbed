package newsdesk.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerabilityTest {
    private static final ArticleFacts FERRY = Articles.of("ferry", """
            A ferry carrying 212 people ran aground off Skerra on Sunday. The operator blamed a steering failure.
            """);
    private static final ArticleFacts BRIDGE = Articles.of("bridge", """
            The Vallen bridge was closed on Monday after engineers found cracks in two of its piers.
            """);
    private static final int MISSING_RARE = Answerability.NAMES.indexOf("missing_rare");
    private static final int MISSING_READ = Answerability.NAMES.indexOf("missing_rare_read");
    private static final int NAMES_MISSING = Answerability.NAMES.indexOf("names_missing");
    private static final int NAMES_MISSING_READ = Answerability.NAMES.indexOf("names_missing_read");

    @Test
    void aWordTheBestArticleLacksButAnotherArticleReadUsesIsMissingOnlyFromTheBest() {
        double[] x = Answerability.of(question("Why was the Vallen bridge closed?"), candidates());
        assertThat(x[MISSING_RARE]).isGreaterThan(0);
        assertThat(x[MISSING_READ]).isZero();
    }

    @Test
    void aWordNoArticleReadUsesIsMissingFromEverythingRead() {
        double[] x = Answerability.of(question("Why was the Ostrava tunnel flooded?"), candidates());
        assertThat(x[MISSING_READ]).isGreaterThan(0).isEqualTo(x[MISSING_RARE]);
    }

    @Test
    void aQuestionWhoseWordsAllOccurMissesNothing() {
        double[] x = Answerability.of(question("What did the ferry operator blame off Skerra?"), candidates());
        assertThat(x[MISSING_RARE]).isZero();
        assertThat(x[MISSING_READ]).isZero();
    }

    @Test
    void aNameTheBestArticleLacksIsMissingFromItButNotFromWhatWasRead() {
        double[] x = Answerability.of(question("Why did the ferry stop at Vallen?"), candidates());
        assertThat(x[NAMES_MISSING]).isEqualTo(1.0);
        assertThat(x[NAMES_MISSING_READ]).isZero();
    }

    @Test
    void aQuestionAboutAnotherEventNamesWhatNoArticleReadMentions() {
        double[] x = Answerability.of(question("Why did the ferry stop at Ostrava?"), candidates());
        assertThat(x[NAMES_MISSING_READ]).isEqualTo(1.0);
        assertThat(Answerability.of(question("Where did the ferry run aground?"), candidates())[NAMES_MISSING])
                .isZero();
    }

    /** The ferry's sentences ranked first, then the bridge's (question vectors as long as the ferry's). */
    private static List<Candidate> candidates() {
        double[] none = new double[Features.NAMES.size()];
        return List.of(new Candidate(FERRY, 1, 0, 0, 0.8, 0.8, 0, 0, none, 0.6),
                new Candidate(FERRY, 0, 0, 0, 0.7, 0.7, 0, 0, none, 0.3),
                new Candidate(BRIDGE, 0, 1, 1, 0.5, 0.5, 0, 0, none, 0.1));
    }

    private static QuestionContext question(String text) {
        return QuestionContext.of(QuestionForm.of(text), new float[] {1, 0, 0}, new float[] {1, 0, 0},
                Articles.EVEN);
    }
}
