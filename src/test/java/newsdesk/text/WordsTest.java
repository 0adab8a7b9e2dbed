package newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void tokensKeepOffsetsAndFoldWordForms() {
        var tokens = Words.tokens("The U.S. ferry's crew rescued 1,200 passengers on Tuesday.");
        assertThat(tokens).extracting(Token::text)
                .containsExactly("The", "U.S.", "ferry's", "crew", "rescued", "1,200", "passengers", "on", "Tuesday");
        Token ferry = tokens.get(2);
        assertThat("The U.S. ferry's crew".substring(ferry.start(), ferry.end())).isEqualTo("ferry's");
        assertThat(ferry.stem()).isEqualTo(Words.stem("ferry"));
        assertThat(tokens.get(1).stem()).isEqualTo("us");
        assertThat(tokens.get(5).number()).isTrue();
        assertThat(tokens.get(8).capitalized()).isTrue();
        assertThat(Words.stem("rescued")).isEqualTo(Words.stem("rescue"));
        assertThat(Words.stem("passengers")).isEqualTo(Words.stem("passenger"));
    }

    @Test
    void contentStemsDropStopWordsAndRepeats() {
        assertThat(Words.contentStems("What did the councils say about the council budget?"))
                .containsExactly("council", "say", "budget");
    }

    @Test
    void stopWordsComeFromTheGeneralSnowballList() {
        assertThat(StopWords.contains("the")).isTrue();
        assertThat(StopWords.contains("whom")).isTrue();
        assertThat(StopWords.contains("bridge")).isFalse();
    }

    @Test
    void numberWordsHaveValues() {
        assertThat(NumberWords.value("seven")).hasValue(7);
        assertThat(NumberWords.value("twenty-three")).hasValue(23);
        assertThat(NumberWords.value("dozens")).hasValue(12);
        assertThat(NumberWords.value("sevens")).isEmpty();
        assertThat(NumberWords.value("bridge")).isEmpty();
        assertThat(NumberWords.isScale("million")).isTrue();
        assertThat(NumberWords.isScale("ten")).isFalse();
        assertThat(Words.isNumber("3.5")).isTrue();
        assertThat(Words.isNumber("v2")).isFalse();
    }
}
