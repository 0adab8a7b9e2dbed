package newsdesk.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessagePackerTest {
    @Test
    void blocksThatFitStayTogether() {
        assertThat(MessagePacker.pack(List.of("aaa", "bbb", "ccc"), 8)).containsExactly("aaa\n\nbbb", "ccc");
    }

    @Test
    void aLongBlockIsCutAfterCitationMarksNeverInsideThem() {
        String sentence = "This sentence is about forty characters. [12]";
        String block = "**Headline**\n" + (sentence + " ").repeat(60).strip() + "\n-# [12] Source";
        List<String> messages = MessagePacker.pack(List.of("Header", block), 300);
        for (String m : messages) {
            assertThat(m.length()).isLessThanOrEqualTo(300);
        }
        assertThat(String.join(" ", messages).replace("\n", " ").replaceAll(" +", " "))
                .isEqualTo(("Header **Headline** " + (sentence + " ").repeat(60) + "-# [12] Source").replaceAll(" +", " "));
        for (String m : messages) {
            for (String line : m.split("\n")) {
                if (!line.startsWith("**") && !line.startsWith("-#") && !line.equals("Header") && !line.isEmpty()) {
                    assertThat(line).startsWith("This").endsWith("[12]");
                }
            }
        }
    }

    @Test
    void aSentenceLongerThanAMessageIsCutAtSpaces() {
        String word = "word ";
        List<String> pieces = MessagePacker.pieces(word.repeat(100).strip(), 52);
        assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(52));
        assertThat(String.join(" ", pieces)).isEqualTo(word.repeat(100).strip());
    }
}
