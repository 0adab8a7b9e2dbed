package newsdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassagesTest {

    private static Article article(String text) {
        return new Article("storm-1", "Storm closes Skerra harbour", null, null, null, text, "test");
    }

    private static List<List<String>> sentenceTexts(List<Passage> passages) {
        return passages.stream().map(p -> p.sentences().stream().map(Sentence::text).toList()).toList();
    }

    @Test
    void groupsSentencesOfAParagraphBySize() {
        Article a = article("One rose. Two fell. Three held. Four broke. Five sank. Six swam.");

        List<Passage> passages = Passages.split(a, 3);

        assertThat(sentenceTexts(passages)).containsExactly(
                List.of("One rose.", "Two fell.", "Three held."),
                List.of("Four broke.", "Five sank.", "Six swam."));
        assertThat(passages).extracting(Passage::ordinal).containsExactly(0, 1);
        assertThat(passages).extracting(Passage::articleId).containsOnly("storm-1");
        assertThat(passages.get(1).key()).isEqualTo("storm-1#1");
    }

    @Test
    void aPassageEndsWhereItsParagraphEnds() {
        Article a = article("First para one. First para two.\n\nSecond para one.\n\n\nThird one. Third two. Third three.");

        assertThat(sentenceTexts(Passages.split(a, 3))).containsExactly(
                List.of("First para one.", "First para two."),
                List.of("Second para one."),
                List.of("Third one.", "Third two.", "Third three."));
    }

    @Test
    void aSingleLineBreakDoesNotEndAPassage() {
        Article a = article("What the union wants\nNight rates must rise. The offer is too low.");

        assertThat(sentenceTexts(Passages.split(a, 3))).containsExactly(
                List.of("What the union wants", "Night rates must rise.", "The offer is too low."));
    }

    @Test
    void aLoneShortLastSentenceJoinsThePassageBefore() {
        Article a = article("A one. B two. C three. D four.");

        assertThat(sentenceTexts(Passages.split(a, 3))).containsExactly(
                List.of("A one.", "B two.", "C three.", "D four."));
    }

    @Test
    void aLoneLongLastSentenceStandsAlone() {
        String longSentence = "The last sentence " + "goes on and on ".repeat(20).strip() + ".";
        Article a = article("A one. B two. C three. " + longSentence);

        List<Passage> passages = Passages.split(a, 3);

        assertThat(sentenceTexts(passages)).containsExactly(List.of("A one.", "B two.", "C three."), List.of(longSentence));
    }

    @Test
    void sizeOneGivesOnePassagePerSentence() {
        assertThat(Passages.split(article("A one. B two. C three. D four."), 1)).hasSize(4);
    }

    @Test
    void sizeBelowOneIsRefused() {
        assertThatThrownBy(() -> Passages.split(article("A one."), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTitleIsNotPartOfAnyPassage() {
        Article a = article("The harbour stayed shut on Monday.");

        List<Passage> passages = Passages.split(a);

        assertThat(passages).hasSize(1);
        assertThat(passages.get(0).text()).isEqualTo("The harbour stayed shut on Monday.").doesNotContain(a.title());
    }

    @Test
    void textWithoutSentencesHasNoPassages() {
        assertThat(Passages.split(article("  \n\n  "))).isEmpty();
    }

    @Test
    void theSamplePassagesCoverEverySentenceOnceAndStayInsideParagraphs() {
        Article sample = SampleCorpus.load().get(0);

        List<Passage> passages = Passages.split(sample, 3);

        List<Sentence> all = passages.stream().flatMap(p -> p.sentences().stream()).toList();
        assertThat(all).isEqualTo(SentenceSplitter.split(sample.text()));
        for (Passage p : passages) {
            String span = sample.text().substring(p.sentences().get(0).start(),
                    p.sentences().get(p.sentences().size() - 1).end());
            assertThat(span).doesNotContain("\n\n");
            assertThat(p.sentences().size()).isBetween(1, 4);
        }
        assertThat(passages).extracting(Passage::ordinal).isEqualTo(
                java.util.stream.IntStream.range(0, passages.size()).boxed().toList());
    }
}
