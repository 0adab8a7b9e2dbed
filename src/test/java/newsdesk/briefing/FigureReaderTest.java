package newsdesk.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FigureReaderTest {
    private static List<String> read(String sentence) {
        return FigureReader.read(sentence, 0).stream()
                .map(f -> f.value() + " " + f.key() + " '" + f.phrase() + "' " + f.tense() + (f.total() ? " total" : ""))
                .toList();
    }

    @Test
    void countsWithTheirSubjectAndOutcome() {
        assertThat(read("The four-day crisis left at least 23 hostages dead, along with all 32 militants."))
                .containsExactly("23 hostages killed 'at least 23 hostages' PLAIN total",
                        "32 militants killed 'all 32 militants' PLAIN total");
    }
}
