package newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** WordNet 3.1 through extJWNL, as the citation check uses it. */
class WordNetLexiconTest {
    private static final Lexicon WORDNET = Lexicons.wordNet();

    @Test
    void baseFormsUndoIrregularInflection() {
        assertThat(WORDNET.baseForms("rose")).contains("rise", "rose");
        assertThat(WORDNET.baseForms("fell")).contains("fall");
        assertThat(WORDNET.baseForms("killed")).contains("kill");
    }

    @Test
    void antonymsAreOppositesInSomeSense() {
        assertThat(WORDNET.antonyms("rise")).contains("fall");
        assertThat(WORDNET.antonyms("increase")).contains("decrease");
        assertThat(WORDNET.antonyms("accept")).contains("reject");
        assertThat(WORDNET.antonyms("minor")).contains("major");
        assertThat(WORDNET.antonyms("east")).contains("west");
        assertThat(WORDNET.antonyms("hospital")).isEmpty();
    }

    @Test
    void relatedFormsAndSynonyms() {
        assertThat(WORDNET.relatedForms("closure")).contains("close");
        assertThat(WORDNET.relatedForms("treatment")).contains("treat");
        assertThat(WORDNET.synonyms("shut")).contains("close");
    }

    @Test
    void namesAreNotCommonWordsButSentenceWordsAre() {
        assertThat(WORDNET.isCommonWord("analyst")).isTrue();
        assertThat(WORDNET.isCommonWord("algeria")).isFalse();
        assertThat(WORDNET.isCommonWord("qwzxv")).isFalse();
    }

    @Test
    void nounsAreNotPredicativeVerbsAndAdjectivesAre() {
        assertThat(WORDNET.predicative("fraud")).isFalse();
        assertThat(WORDNET.predicative("reach")).isTrue();
        assertThat(WORDNET.predicative("guilty")).isTrue();
        assertThat(WORDNET.predicative("qwzxv")).isTrue();
    }

    @Test
    void theEmptyLexiconKnowsNothing() {
        assertThat(Lexicon.NONE.antonyms("rise")).isEmpty();
        assertThat(Lexicon.NONE.baseForms("rose")).containsExactly("rose");
    }
}
