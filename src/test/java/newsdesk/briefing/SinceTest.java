package newsdesk.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SinceTest {
    private static final Instant NOW = Instant.parse("2025-03-04T12:00:00Z");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static Instant since(String text) {
        return Since.parse(text, NOW, PARIS);
    }

    @Test
    void durationsCountBackFromNow() {
        assertThat(since("24h")).isEqualTo("2025-03-03T12:00:00Z");
        assertThat(since("3d")).isEqualTo("2025-03-01T12:00:00Z");
        assertThat(since("90m")).isEqualTo("2025-03-04T10:30:00Z");
        assertThat(since("1w")).isEqualTo("2025-02-25T12:00:00Z");
        assertThat(since("PT6H")).isEqualTo("2025-03-04T06:00:00Z");
        assertThat(since("p1d")).isEqualTo("2025-03-03T12:00:00Z");
    }

    @Test
    void datesAndDateTimes() {
        assertThat(since("2025-03-01")).isEqualTo("2025-02-28T23:00:00Z");
        assertThat(since("2025-03-01T08:00")).isEqualTo("2025-03-01T07:00:00Z");
        assertThat(since("2025-03-01T08:00:00Z")).isEqualTo("2025-03-01T08:00:00Z");
        assertThat(since("2025-03-01T08:00:00+02:00")).isEqualTo("2025-03-01T06:00:00Z");
    }

    @Test
    void anythingElseIsRefusedWithTheValidForms() {
        assertThatThrownBy(() -> since("yesterday")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("24h").hasMessageContaining("2025-03-01");
        assertThatThrownBy(() -> since("")).isInstanceOf(IllegalArgumentException.class);
    }
}
