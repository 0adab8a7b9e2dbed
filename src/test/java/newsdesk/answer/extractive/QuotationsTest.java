package newsdesk.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotationsTest {
    private static final ArticleFacts ARTICLE = Articles.of("q", """
            The harbour reopened on Monday after a week of repairs.

            "We lost a season of trade. The boats sat idle for seven days. Nobody here will forget it," said \
            fisherman Aldo Ferrante.

            "We are proud of the crews," the mayor said. Repairs cost more than planned.
            """);

    @Test
    void aSentenceOfAQuotationComesWithTheSentencesUpToItsSpeaker() {
        int middle = Articles.indexOf(ARTICLE, "The boats sat idle");
        int speaker = Articles.indexOf(ARTICLE, "Aldo Ferrante");
        assertThat(Quotations.insideQuotation(ARTICLE, middle)).isTrue();
        assertThat(Quotations.attributes(ARTICLE, middle)).isFalse();
        assertThat(Quotations.attributes(ARTICLE, speaker)).isTrue();
        int first = Articles.indexOf(ARTICLE, "We lost a season");
        assertThat(Quotations.speakerOf(ARTICLE, middle)).containsExactly(first, speaker);
        assertThat(Quotations.speakerOf(ARTICLE, first)).containsExactly(middle, speaker);
        assertThat(Quotations.speakerOf(ARTICLE, speaker)).as("the speaker's sentence brings the quotation")
                .containsExactly(first, middle);
    }

    @Test
    void aWholeQuotationInOneSentenceOrNoQuotationNeedsNothing() {
        assertThat(Quotations.speakerOf(ARTICLE, Articles.indexOf(ARTICLE, "proud of the crews"))).isEmpty();
        assertThat(Quotations.speakerOf(ARTICLE, Articles.indexOf(ARTICLE, "harbour reopened"))).isEmpty();
        assertThat(Quotations.speakerOf(ARTICLE, Articles.indexOf(ARTICLE, "Repairs cost"))).isEmpty();
    }

    @Test
    void aWordOfSpeechInsideTheQuotationDoesNotNameTheSpeaker() {
        ArticleFacts a = Articles.of("told", """
                "He told them to run. Then the roof fell," the driver said.
                """);
        assertThat(Quotations.attributes(a, 0)).isFalse();
        assertThat(Quotations.speakerOf(a, 0)).containsExactly(1);
    }
}
