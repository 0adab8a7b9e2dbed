package newsdesk.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import newsdesk.config.Config;
import org.junit.jupiter.api.Test;

class BriefingSettingsTest {
    @Test
    void theBundledDefaultsAreTheDefaults() {
        assertThat(BriefingSettings.from(Config.defaults())).isEqualTo(BriefingSettings.DEFAULTS);
    }
}
