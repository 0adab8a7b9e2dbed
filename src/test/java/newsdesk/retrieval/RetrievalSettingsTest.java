package newsdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import newsdesk.config.Config;
import newsdesk.config.ConfigException;
import org.junit.jupiter.api.Test;

class RetrievalSettingsTest {
    @Test
    void readsTheBundledDefaults() {
        assertThat(RetrievalSettings.from(Config.defaults()))
                .isEqualTo(new RetrievalSettings(RetrievalMode.HYBRID, 3, 50, 10, 60))
                .isEqualTo(RetrievalSettings.DEFAULTS);
    }

    @Test
    void readsEachKey() {
        Config c = Config.defaults().with("retrieval.mode", "BM25").with("retrieval.passage-sentences", 4)
                .with("retrieval.candidates", 100).with("retrieval.top-k", 5).with("retrieval.rrf-k", 10);

        assertThat(RetrievalSettings.from(c)).isEqualTo(new RetrievalSettings(RetrievalMode.BM25, 4, 100, 5, 10));
    }

    @Test
    void aBadValueNamesItsKey() {
        assertThatThrownBy(() -> RetrievalSettings.from(Config.defaults().with("retrieval.mode", "fuzzy")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("retrieval.mode");
        assertThatThrownBy(() -> RetrievalSettings.from(Config.defaults().with("retrieval.top-k", 0)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("retrieval.top-k");
    }
}
