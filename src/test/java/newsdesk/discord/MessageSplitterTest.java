package newsdesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessageSplitterTest {
    private static final Pattern STARTS_WITH_MARKER = Pattern.compile("^\\[\\d+].*", Pattern.DOTALL);

    @Test
    void shortTextIsOnePiece() {
        assertThat(MessageSplitter.split("  One sentence [1].  ", 100)).containsExactly("One sentence [1].");
    }

    @Test
    void cutsFallBetweenSentencesAndKeepEveryMarkerWithItsSentence() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            text.append("Sentence number ").append(i).append(" says something fairly ordinary");
            text.append(i % 2 == 0 ? " [" + i + "]." : ". [" + i + "][" + (i + 1) + "]").append(' ');
        }
        List<String> pieces = MessageSplitter.split(text.toString(), 300);

        assertThat(pieces).hasSizeGreaterThan(5);
        for (String piece : pieces) {
            assertThat(piece.length()).isLessThanOrEqualTo(300);
            assertThat(piece).doesNotMatch(STARTS_WITH_MARKER);
            assertThat(piece).startsWith("Sentence number");
            assertThat(piece).matches("(?s).*(\\.|])$");
        }
        assertThat(String.join(" ", pieces)).isEqualTo(text.toString().strip());
    }

    @Test
    void aSentenceLongerThanAMessageIsCutBetweenWordsButNotBeforeAMarker() {
        String word = "word ";
        String sentence = word.repeat(50) + "end [12] [13]";
        List<String> pieces = MessageSplitter.split(sentence, 100);

        for (String piece : pieces) {
            assertThat(piece.length()).isLessThanOrEqualTo(100);
            assertThat(piece).doesNotMatch(STARTS_WITH_MARKER);
        }
        assertThat(pieces.get(pieces.size() - 1)).endsWith("end [12] [13]");
    }

    @Test
    void textWithoutSpacesIsCutHardButNeverInsideAMarker() {
        String text = "x".repeat(95) + "[123]" + "y".repeat(50);
        List<String> pieces = MessageSplitter.split(text, 98);

        assertThat(pieces.get(0)).isEqualTo("x".repeat(95));
        assertThat(pieces.get(1)).startsWith("[123]");
        assertThat(String.join("", pieces)).isEqualTo(text);
    }

    @Test
    void anEscapedCharacterIsNotSeparatedFromItsBackslash() {
        String text = "a".repeat(49) + "\\*" + "b".repeat(20);
        List<String> pieces = MessageSplitter.split(text, 50);
        assertThat(pieces.get(0)).doesNotEndWith("\\");
        assertThat(pieces.get(1)).startsWith("\\*");
    }

    @Test
    void paragraphBreaksAreCuts() {
        List<String> pieces = MessageSplitter.split("first paragraph without a stop\n\nsecond paragraph here", 40);
        assertThat(pieces).containsExactly("first paragraph without a stop", "second paragraph here");
    }
}
