package newsdesk.llm;

import newsdesk.answer.LlmAnswerers;
import newsdesk.testing.NewsFixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import newsdesk.config.Config;
import newsdesk.config.ConfigException;
import org.junit.jupiter.api.Test;

class LlmSettingsTest {
    private static final Config OPENAI = Config.defaults().with("llm.provider", "openai");

    @Test
    void openAiWithoutAKeyFailsAtStartNamingTheVariables() {
        assertThatThrownBy(() -> LlmSettings.from(OPENAI, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("NEWSDESK_LLM_API_KEY")
                .hasMessageContaining("OPENAI_API_KEY");
        assertThatThrownBy(() -> LlmAnswerers.llm(q -> java.util.List.of(), OPENAI, Map.of(), new NewsFixtures.FakeOffline(),
                () -> 1, java.time.Clock.systemUTC()))
                .isInstanceOf(ConfigException.class);
    }

    @Test
    void theJudgeIsTheSameModelByDefaultAnotherModelOrOff() {
        LlmSettings local = LlmSettings.from(OPENAI.with("llm.base-url", "http://127.0.0.1:8080/v1")
                .with("llm.model", "writer").with("llm.temperature", 0.7), Map.of());
        assertThat(local.judges()).isTrue();
        assertThat(local.forJudge().model()).isEqualTo("writer");
        assertThat(local.forJudge().temperature()).isZero();
        assertThat(local.forJudge().stream()).isFalse();
        assertThat(local.toString()).contains("claims judged by writer");

        LlmSettings other = LlmSettings.from(OPENAI.with("llm.base-url", "http://127.0.0.1:8080/v1")
                .with("llm.judge", "checker"), Map.of());
        assertThat(other.forJudge().model()).isEqualTo("checker");
        assertThat(other.forJudge().baseUrl()).isEqualTo("http://127.0.0.1:8080/v1");

        assertThat(LlmSettings.from(OPENAI.with("llm.base-url", "http://127.0.0.1:8080/v1").with("llm.judge", "off"),
                Map.of()).judges()).isFalse();
        assertThat(LlmSettings.from(Config.defaults(), Map.of()).judges()).isFalse();
    }

    @Test
    void anthropicWithoutAKeyFails() {
        assertThatThrownBy(() -> LlmSettings.from(Config.defaults().with("llm.provider", "anthropic"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ANTHROPIC_API_KEY");
    }

    @Test
    void theKeyComesFromNewsdesksVariableFirstThenTheProvidersOwn() {
        assertThat(LlmSettings.from(OPENAI, Map.of("OPENAI_API_KEY", "sk-usual", LlmSettings.API_KEY_ENV, "sk-own")).apiKey())
                .isEqualTo("sk-own");
        assertThat(LlmSettings.from(OPENAI, Map.of("OPENAI_API_KEY", "sk-usual")).apiKey()).isEqualTo("sk-usual");
        assertThat(LlmSettings.from(Config.defaults().with("llm.provider", "anthropic"),
                Map.of("ANTHROPIC_API_KEY", "sk-ant")).apiKey()).isEqualTo("sk-ant");
    }

    @Test
    void anOpenAiCompatibleServerElsewhereAndOllamaRunWithoutAKey() {
        LlmSettings local = LlmSettings.from(OPENAI.with("llm.base-url", "http://127.0.0.1:8080/v1"), Map.of());
        LlmSettings ollama = LlmSettings.from(Config.defaults().with("llm.provider", "ollama"), Map.of());

        assertThat(local.apiKey()).isEqualTo(LlmSettings.NO_KEY);
        assertThat(ollama.apiKey()).isEqualTo(LlmSettings.NO_KEY);
        assertThat(ollama.baseUrl()).isEqualTo("http://localhost:11434/v1");
        assertThat(ollama.model()).isEqualTo("llama3.2");
        assertThat(LlmModels.chat(ollama)).isNotNull();
        assertThat(LlmModels.streaming(ollama)).isNotNull();
    }

    @Test
    void defaultsAndLimits() {
        LlmSettings s = LlmSettings.from(OPENAI, Map.of("OPENAI_API_KEY", "sk-usual"));

        assertThat(s.timeout()).hasSeconds(20);
        assertThat(s.maxRetries()).isEqualTo(1);
        assertThat(s.model()).isEqualTo("gpt-4o-mini");
        assertThat(s.baseUrl()).isEqualTo("https://api.openai.com/v1");
        assertThat(s.toString()).doesNotContain("sk-usual");
        assertThat(s.redact("bad key sk-usual")).isEqualTo("bad key ***");
    }

    @Test
    void anthropicModelsBuild() {
        LlmSettings s = LlmSettings.from(Config.defaults().with("llm.provider", "anthropic"),
                Map.of("ANTHROPIC_API_KEY", "sk-ant"));

        assertThat(s.model()).startsWith("claude-");
        assertThat(LlmModels.chat(s)).isNotNull();
        assertThat(LlmModels.streaming(s)).isNotNull();
    }

    @Test
    void badSettingsNameTheirKey() {
        assertThatThrownBy(() -> LlmSettings.from(OPENAI.with("llm.base-url", "localhost:11434"), Map.of()))
                .hasMessageStartingWith("llm.base-url:");
        assertThatThrownBy(() -> LlmSettings.from(Config.defaults().with("llm.provider", "gemini"), Map.of()))
                .hasMessageStartingWith("llm.provider:");
        assertThatThrownBy(() -> LlmSettings.from(OPENAI.with("llm.timeout-seconds", 0), Map.of("OPENAI_API_KEY", "k")))
                .hasMessageStartingWith("llm.timeout-seconds:");
    }

    @Test
    void aBrokenPromptsFolderIsAConfigError() {
        Config config = OPENAI.with("llm.base-url", "http://127.0.0.1:9/v1").with("llm.prompts-dir", "no/such/folder");

        assertThatThrownBy(() -> Llm.prompts(config))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("llm.prompts-dir")
                .hasMessageContaining("no/such/folder");
    }
}
