package newsdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        List<Sentence> split = SentenceSplitter.split(text);
        assertWellFormed(text, split);
        return split.stream().map(Sentence::text).toList();
    }

    /** Offsets give the text verbatim, without surrounding whitespace, in order, never overlapping. */
    static void assertWellFormed(String text, List<Sentence> split) {
        int previousEnd = 0;
        for (Sentence s : split) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
            assertThat(s.text()).isNotBlank().isEqualTo(s.text().strip());
            assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(s.text().length()).isLessThanOrEqualTo(SentenceSplitter.MAX_SENTENCE_CHARS);
            previousEnd = s.end();
        }
    }

    @Test
    void splitsPlainSentencesAndTrimsTheSpaceBetween() {
        String text = "  The dam held.   Water rose again!  Will it break?  ";
        List<Sentence> split = SentenceSplitter.split(text);

        assertThat(split).extracting(Sentence::text).containsExactly("The dam held.", "Water rose again!", "Will it break?");
        assertThat(split.get(0).start()).isEqualTo(2);
        assertThat(split.get(2).end()).isEqualTo(text.length() - 2);
        assertWellFormed(text, split);
    }

    @Test
    void blankOrEmptyTextHasNoSentences() {
        assertThat(SentenceSplitter.split("")).isEmpty();
        assertThat(SentenceSplitter.split(" \n\n \t ")).isEmpty();
    }

    @Test
    void titlesBeforeNamesDoNotEndSentences() {
        assertThat(sentences("Mr. Hale met Dr. Valdermoor and Gov. Reyes on Monday. Sen. Obi was absent."))
                .containsExactly("Mr. Hale met Dr. Valdermoor and Gov. Reyes on Monday.", "Sen. Obi was absent.");
    }

    @Test
    void initialsDoNotEndSentences() {
        assertThat(sentences("J. R. Smith and John F. Kennedy were named. They were not present."))
                .containsExactly("J. R. Smith and John F. Kennedy were named.", "They were not present.");
    }

    @Test
    void dottedAcronymsEndASentenceOnlyBeforeATypicalOpener() {
        assertThat(sentences("U.S. President Barack Obama spoke. The U.K. citizen was freed."))
                .containsExactly("U.S. President Barack Obama spoke.", "The U.K. citizen was freed.");
        assertThat(sentences("Sanctions were imposed by the U.S. The move angered Moscow."))
                .containsExactly("Sanctions were imposed by the U.S.", "The move angered Moscow.");
        assertThat(sentences("Talks were held in Washington, D.C. on Friday."))
                .containsExactly("Talks were held in Washington, D.C. on Friday.");
    }

    @Test
    void companyAndPlaceAbbreviationsNeedAnOpenerToEndASentence() {
        assertThat(sentences("Acme Inc. Chief Executive Jo Lee resigned. She lives on Elm St. The house is for sale."))
                .containsExactly("Acme Inc. Chief Executive Jo Lee resigned.", "She lives on Elm St.",
                        "The house is for sale.");
        assertThat(sentences("The parade passed St. Brigid's church.")).hasSize(1);
    }

    @Test
    void abbreviationsBeforeNumbersDoNotEndSentences() {
        assertThat(sentences("The vote is set for Jan. 19 at No. 10 Downing Street. Results follow on Feb. 2."))
                .containsExactly("The vote is set for Jan. 19 at No. 10 Downing Street.", "Results follow on Feb. 2.");
        assertThat(sentences("He simply said no. The talks were over."))
                .containsExactly("He simply said no.", "The talks were over.");
    }

    @Test
    void timesOfDayEndASentenceUnlessTheTimeGoesOn() {
        assertThat(sentences("The meeting began at 9 a.m. Police arrived later."))
                .containsExactly("The meeting began at 9 a.m.", "Police arrived later.");
        assertThat(sentences("Polls close at 10 p.m. Tuesday and results come at 6 a.m. GMT."))
                .containsExactly("Polls close at 10 p.m. Tuesday and results come at 6 a.m. GMT.");
    }

    @Test
    void latinAbbreviationsNeverEndSentences() {
        assertThat(sentences("Some ports, e.g. Saltmere, stayed open, i.e. Ferries kept running.")).hasSize(1);
    }

    @Test
    void decimalsAndUrlsAreNotBoundaries() {
        assertThat(sentences("Growth was 3.5 percent, see stats.example.org for details. Prices rose 0.2%."))
                .containsExactly("Growth was 3.5 percent, see stats.example.org for details.", "Prices rose 0.2%.");
    }

    @Test
    void closingQuotesBelongToTheSentenceTheyEnd() {
        assertThat(sentences("He called it \"a disaster.\" Officials disagreed."))
                .containsExactly("He called it \"a disaster.\"", "Officials disagreed.");
        assertThat(sentences("She asked: “Is it safe?” Nobody answered."))
                .containsExactly("She asked: “Is it safe?”", "Nobody answered.");
        assertThat(sentences("The mayor said ‘enough’. The council agreed."))
                .containsExactly("The mayor said ‘enough’.", "The council agreed.");
    }

    @Test
    void aQuoteStaysWithItsAttribution() {
        assertThat(sentences("\"We will win.\" Interior Minister Jane Smith said. \"Stop!\" Hale shouted."))
                .containsExactly("\"We will win.\" Interior Minister Jane Smith said.", "\"Stop!\" Hale shouted.");
        assertThat(sentences("“Is it over?” asked Lund. “Yes.”"))
                .containsExactly("“Is it over?” asked Lund.", "“Yes.”");
        assertThat(sentences("\"We will win.\" The crowd cheered."))
                .containsExactly("\"We will win.\"", "The crowd cheered.");
    }

    @Test
    void sentencesMayStartWithAQuoteOrADigit() {
        assertThat(sentences("It ended. \"Never again,\" she said. 2013 was worse. 'Quiet,' he said."))
                .containsExactly("It ended.", "\"Never again,\" she said.", "2013 was worse.", "'Quiet,' he said.");
    }

    @Test
    void lowerCaseAfterAPeriodContinuesTheSentence() {
        assertThat(sentences("The ship, registered in Skerra. was late.")).hasSize(1);
    }

    @Test
    void ellipsesEndASentenceOnlyBeforeACapital() {
        assertThat(sentences("He paused... Then he spoke. It was late… Very late. We waited... and waited."))
                .containsExactly("He paused...", "Then he spoke.", "It was late…", "Very late.",
                        "We waited... and waited.");
    }

    @Test
    void everyLineBreakEndsASentence() {
        assertThat(sentences("Ships diverted\nThree ferries went south\n\nThe port stayed shut. Talks resume"))
                .containsExactly("Ships diverted", "Three ferries went south", "The port stayed shut.", "Talks resume");
    }

    @Test
    void numberedListMarkersAreNotSentences() {
        assertThat(sentences("1. Evacuate the school.\n2. Open the town hall.\n10. Close the bridge."))
                .containsExactly("1. Evacuate the school.", "2. Open the town hall.", "10. Close the bridge.");
    }

    @Test
    void textWithoutCaseSplitsAtWideFullStops() {
        assertThat(sentences("洪水が発生した。住民は避難した。")).containsExactly("洪水が発生した。", "住民は避難した。");
    }

    @Test
    void anOverlongSentenceIsCutAtClauseBoundaries() {
        StringBuilder text = new StringBuilder("The council listed its demands");
        for (int i = 0; i < 80; i++) {
            text.append(i % 10 == 9 ? "; " : ", ").append("item number ").append(i).append(" on the list");
        }
        text.append(".");

        List<Sentence> split = SentenceSplitter.split(text.toString());

        assertWellFormed(text.toString(), split);
        assertThat(split).hasSizeGreaterThan(2);
        assertThat(split.get(0).text()).endsWith(";");
        assertThat(String.join(" ", split.stream().map(Sentence::text).toList())).isEqualTo(text.toString());
    }

    @ParameterizedTest
    @ValueSource(ints = {601, 1800, 5000})
    void textWithNoBreakAtAllIsCutHard(int length) {
        String text = "x".repeat(length);

        List<Sentence> split = SentenceSplitter.split(text);

        assertWellFormed(text, split);
        assertThat(split.stream().mapToInt(s -> s.text().length()).sum()).isEqualTo(length);
    }

    @Test
    void wordsWithoutClausesAreCutAtASpace() {
        String text = "word ".repeat(400).strip();

        List<Sentence> split = SentenceSplitter.split(text);

        assertWellFormed(text, split);
        assertThat(split).hasSizeGreaterThan(1).allSatisfy(s -> assertThat(s.text()).doesNotContain("wo rd").endsWith("word"));
    }

    @Test
    void theSampleArticleSplitsLikeAReaderWould() {
        String text = SampleCorpus.load().get(0).text();

        List<String> split = sentences(text);

        assertThat(split).contains(
                "The hostage standoff in southern Algeria came to a chaotic end Saturday when special forces stormed a "
                        + "remote gas plant.",
                "The four-day crisis left at least 23 hostages dead, along with all 32 militants.",
                "“There could be no negotiations with terrorists,” Hollande said.",
                "The buses’ military escort managed to drive off the attackers, but not before a U.K. citizen and an "
                        + "Algerian – believed to be a security guard – were killed.",
                "The Malaysian government reported two missing citizens.");
        assertThat(split).anySatisfy(s -> assertThat(s)
                .startsWith("\"To avoid a bloody turn of events")
                .endsWith("the gas facilities,\" Algeria's Interior Ministry said in a statement."));
        assertThat(split).anySatisfy(s -> assertThat(s)
                .startsWith("In a statement issued from the White House, U.S. President Barack Obama")
                .endsWith("in the aftermath of the attack."));
        assertThat(split).noneMatch(s -> s.equals("U.S.") || s.endsWith(" U.K.") || s.endsWith(" U.S."));
        assertThat(split).hasSizeBetween(50, 60);
    }
}
