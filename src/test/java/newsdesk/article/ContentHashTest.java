package newsdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    @Test
    void isTheSha256HexOfTheNormalisedText() {
        assertThat(ContentHash.of("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(ContentHash.of("  a \n\n\t b  ")).isEqualTo(ContentHash.of("a b"));
    }

    @Test
    void ignoresHowTextIsWrappedOrSpaced() {
        String wrapped = "The river rose\n4.85 metres.\r\n\r\nPolice said so.";
        String flat = "The river rose 4.85 metres. Police said so.";

        assertThat(ContentHash.of(wrapped)).isEqualTo(ContentHash.of(flat));
        assertThat(ContentHash.of("The river\u00A0rose")).isEqualTo(ContentHash.of("The river rose"));
    }

    @Test
    void ignoresUnicodeNormalisationForm() {
        String composed = "Café Zürich";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);

        assertThat(decomposed).isNotEqualTo(composed);
        assertThat(ContentHash.of(decomposed)).isEqualTo(ContentHash.of(composed));
    }

    @Test
    void caseAndPunctuationCount() {
        assertThat(ContentHash.of("The river rose.")).isNotEqualTo(ContentHash.of("the river rose."));
        assertThat(ContentHash.of("The river rose.")).isNotEqualTo(ContentHash.of("The river rose"));
        assertThat(ContentHash.of("“Quoted”")).isNotEqualTo(ContentHash.of("\"Quoted\""));
    }
}
