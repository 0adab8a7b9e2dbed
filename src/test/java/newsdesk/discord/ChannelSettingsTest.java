package newsdesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import newsdesk.state.StateDatabase;
import newsdesk.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChannelSettingsTest {
    @TempDir
    Path data;

    private final MutableClock clock = MutableClock.at("2025-03-10T12:00:00Z");

    @Test
    void aChannelsModeWinsOverTheServersAndBothSurviveARestart() {
        try (StateDatabase db = StateDatabase.open(data, clock)) {
            ChannelSettings settings = ChannelSettings.stored(db.channelModes(), clock);
            settings.setMode(1, 0, ChannelMode.MENTION_ONLY, 7);
            settings.setMode(1, 10, ChannelMode.OFF, 7);
            settings.setMode(2, 20, ChannelMode.THREADS, 7);
        }
        try (StateDatabase db = StateDatabase.open(data, clock)) {
            ChannelSettings settings = ChannelSettings.stored(db.channelModes(), clock);
            assertThat(settings.mode(1, 10)).contains(ChannelMode.OFF);
            assertThat(settings.mode(1, 11)).as("the server's mode").contains(ChannelMode.MENTION_ONLY);
            assertThat(settings.mode(3, 11)).isEmpty();
            assertThat(settings.modes(1)).isEqualTo(Map.of(0L, ChannelMode.MENTION_ONLY, 10L, ChannelMode.OFF));

            settings.clearMode(1, 10);
        }
        try (StateDatabase db = StateDatabase.open(data, clock)) {
            assertThat(ChannelSettings.stored(db.channelModes(), clock).mode(1, 10)).contains(ChannelMode.MENTION_ONLY);
        }
    }

    @Test
    void modesAreTheWordsPeopleType() {
        assertThat(ChannelMode.parse(" Mention-Only ")).contains(ChannelMode.MENTION_ONLY);
        assertThat(ChannelMode.parse("sometimes")).isEmpty();
    }
}
