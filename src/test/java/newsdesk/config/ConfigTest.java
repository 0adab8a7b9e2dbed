package newsdesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {
    @TempDir
    Path dir;

    @Test
    void defaultsComeFromTheBundledCommentedFile() {
        Config c = Config.defaults();
        assertThat(c.choice("llm.provider", "none", "openai", "ollama", "anthropic")).isEqualTo("none");
        assertThat(c.integer("llm.timeout-seconds", 1, 600)).isEqualTo(20);
        assertThat(c.integer("answer.max-question-chars", 1, 100_000)).isEqualTo(1000);
        assertThat(c.list("discord.guild-ids")).isEmpty();
        assertThat(c.bool("articles.load-sample-when-empty")).isTrue();
    }

    @Test
    void aRenamedKeyIsStillReadUnderItsOldName() throws Exception {
        Path file = dir.resolve("old.yaml");
        Files.writeString(file, "articles:\n  max-file-bytes: 1234\n");
        assertThat(Config.load(file, Map.of()).integer("ingest.max-file-bytes", 1, Integer.MAX_VALUE)).isEqualTo(1234);
        Config fromEnv = Config.load(null, Map.of("NEWSDESK_ARTICLES_MAX_FILE_BYTES", "99"));
        assertThat(fromEnv.integer("ingest.max-file-bytes", 1, Integer.MAX_VALUE)).isEqualTo(99);
        fromEnv.checkEnvironment(Map.of("NEWSDESK_ARTICLES_MAX_FILE_BYTES", "99"), java.util.List.of());
        Config both = Config.load(null, Map.of("NEWSDESK_ARTICLES_MAX_FILE_BYTES", "99", "NEWSDESK_INGEST_MAX_FILE_BYTES", "7"));
        assertThat(both.integer("ingest.max-file-bytes", 1, Integer.MAX_VALUE)).isEqualTo(7);
    }

    @Test
    void environmentNamesFollowTheKey() {
        assertThat(Config.envName("llm.base-url")).isEqualTo("NEWSDESK_LLM_BASE_URL");
        assertThat(Config.envName("discord.api-base-url")).isEqualTo("NEWSDESK_DISCORD_API_BASE_URL");
    }

    @Test
    void environmentOverridesFileOverridesDefault() throws Exception {
        Path file = dir.resolve("my.yaml");
        Files.writeString(file, "llm:\n  timeout-seconds: 5\n  model: small\n");
        Config c = Config.load(file, Map.of("NEWSDESK_LLM_TIMEOUT_SECONDS", "7", "NEWSDESK_DISCORD_GUILD_IDS", "1, 2"));
        assertThat(c.integer("llm.timeout-seconds", 1, 600)).isEqualTo(7);
        assertThat(c.string("llm.model")).isEqualTo("small");
        assertThat(c.list("discord.guild-ids")).containsExactly("1", "2");
    }

    @Test
    void unknownKeyInFileFailsNamingTheKey() throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "llm:\n  temprature: 0.5\n");
        assertThatThrownBy(() -> Config.load(file, Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("llm.temprature");
    }

    @Test
    void wrongTypeFailsNamingTheKeyAndWhere() {
        assertThatThrownBy(() -> Config.load(null, Map.of("NEWSDESK_LLM_TIMEOUT_SECONDS", "soon")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("llm.timeout-seconds")
                .hasMessageContaining("NEWSDESK_LLM_TIMEOUT_SECONDS");
    }

    @Test
    void outOfRangeAndBadChoiceFailNamingTheKey() {
        Config c = Config.load(null, Map.of("NEWSDESK_LLM_TIMEOUT_SECONDS", "0", "NEWSDESK_LLM_PROVIDER", "gpt"));
        assertThatThrownBy(() -> c.integer("llm.timeout-seconds", 1, 600)).hasMessageContaining("llm.timeout-seconds");
        assertThatThrownBy(() -> c.choice("llm.provider", "none", "openai")).hasMessageContaining("llm.provider");
    }

    @Test
    void brokenYamlAndMissingFileFailClearly() throws Exception {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, "llm: [unclosed\n");
        assertThatThrownBy(() -> Config.load(file, Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> Config.load(dir.resolve("nope.yaml"), Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("no such file");
    }

    @Test
    void timeAndZoneAreValidated() {
        Config c = Config.defaults().with("briefing.default-time", "25:00").with("briefing.default-timezone", "Mars/Base");
        assertThatThrownBy(() -> c.time("briefing.default-time")).hasMessageContaining("HH:MM");
        assertThatThrownBy(() -> c.zone("briefing.default-timezone")).hasMessageContaining("Area/City");
    }

    @Test
    void anUnknownEnvironmentSettingStopsWithTheClosestNameButSecretsAndOtherVariablesPass() {
        Config c = Config.defaults();
        List<String> notSettings = List.of("NEWSDESK_LLM_API_KEY");
        assertThatThrownBy(() -> c.checkEnvironment(Map.of("NEWSDESK_LLM_MODLE", "x", "NEWSDESK_LLM_API_KEY", "secret",
                "PATH", "/bin"), notSettings))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("NEWSDESK_LLM_MODLE names no setting; did you mean NEWSDESK_LLM_MODEL?")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> c.checkEnvironment(Map.of("NEWSDESK_COLOUR", "blue"), notSettings))
                .hasMessageContaining("NEWSDESK_COLOUR names no setting").hasMessageNotContaining("did you mean");
        assertThatCode(() -> c.checkEnvironment(Map.of("NEWSDESK_LLM_MODEL", "m", "NEWSDESK_LLM_API_KEY", "k",
                "HOME", "/root"), notSettings)).doesNotThrowAnyException();
    }

    @Test
    void aYamlErrorGivesItsLineAndColumn() throws Exception {
        Path file = dir.resolve("broken-list.yaml");
        Files.writeString(file, "retrieval:\n  top-k: 8\ndiscord:\n  guild-ids: [1, 2\n  workers: 2\n");
        assertThatThrownBy(() -> Config.load(file, Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageMatching("(?s).*broken-list\\.yaml \\(line \\d+, column \\d+\\): not valid YAML: .*");
    }

    @Test
    void aBadValueInAFileGivesItsLineAndColumnAndAMistypedKeyAHint() throws Exception {
        Path file = dir.resolve("values.yaml");
        Files.writeString(file, "retrieval:\n  mode: hybrid\n  top-k: lots\n");
        assertThatThrownBy(() -> Config.load(file, Map.of())).hasMessageContaining("retrieval.top-k")
                .hasMessageContaining("line 3, column 10");
        Files.writeString(file, "retrieval:\n  top-k: 500\n");
        Config c = Config.load(file, Map.of());
        assertThatThrownBy(() -> c.integer("retrieval.top-k", 1, 100)).hasMessageContaining("out of range")
                .hasMessageContaining("line 2, column 10");
        Files.writeString(file, "retrieval:\n  topk: 5\n");
        assertThatThrownBy(() -> Config.load(file, Map.of())).hasMessageContaining("did you mean retrieval.top-k?");
    }

    @Test
    void aFolderOrUnreadableFileAsConfigSaysSo() {
        assertThatThrownBy(() -> Config.load(dir, Map.of())).hasMessageContaining("is a folder");
    }
}
