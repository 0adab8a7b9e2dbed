package newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AbbreviationsTest {
    @Test
    void anInitialismWrittenInCapitalsIsAWordNotTheFunctionWord() {
        assertThat(Words.contentStems("Talks with the US and the EU")).contains("us", "eu");
        assertThat(Words.contentStems("WHO experts said so")).contains("who");
        assertThat(Words.contentStems("Who said so?")).doesNotContain("who");
        assertThat(Words.contentStems("The U.S. Senate voted")).contains("us", "senat");
    }

    @Test
    void theFullNameCountsAsTheInitialism() {
        assertThat(Words.contentStems("How did the United States respond?")).containsExactly("us", "respond");
        assertThat(Words.contentStems("A Federal Bureau of Investigation report")).containsExactly("fbi", "report");
        assertThat(Words.contentStems("Both states united against the plan")).contains("state", "unit")
                .doesNotContain("us");
    }

    @Test
    void aSentenceSpellingANameOutAlsoHoldsItsInitialism() {
        List<Token> tokens = Words.tokens("Officials at the World Health Organization and the United Nations agreed.");
        assertThat(Abbreviations.spelledOut(tokens)).containsExactlyInAnyOrder("who", "un");
        assertThat(Abbreviations.spelledOut(Words.tokens("the united nations"))).isEmpty();
    }

    @Test
    void joiningKeepsTheNamesPlaceInTheText() {
        String text = "Aid from the United Kingdom arrived.";
        List<Token> joined = Abbreviations.joined(Words.tokens(text));
        Token name = joined.get(3);
        assertThat(name.stem()).isEqualTo("uk");
        assertThat(text.substring(name.start(), name.end())).isEqualTo("United Kingdom");
        assertThat(joined).extracting(Token::text).containsExactly("Aid", "from", "the", "United Kingdom", "arrived");
    }

    @Test
    void onlyListedInitialismsAreRecognised() {
        assertThat(Abbreviations.isInitialism("NATO")).isTrue();
        assertThat(Abbreviations.isInitialism("U.N.")).isTrue();
        assertThat(Abbreviations.isInitialism("nato")).isFalse();
        assertThat(Abbreviations.isInitialism("XQZ")).isFalse();
    }
}
