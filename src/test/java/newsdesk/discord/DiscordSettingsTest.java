package newsdesk.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import newsdesk.config.Config;
import newsdesk.config.ConfigException;
import org.junit.jupiter.api.Test;

class DiscordSettingsTest {

    @Test
    void defaultsRegisterGloballyAndAnswerEverywhereOnDiscordItself() {
        DiscordSettings s = DiscordSettings.from(Config.defaults());
        assertThat(s.guildIds()).isEmpty();
        assertThat(s.allowedGuilds()).isEmpty();
        assertThat(s.allowedChannels()).isEmpty();
        assertThat(s.userRatePerMinute()).isEqualTo(6);
        assertThat(s.guildRatePerMinute()).isEqualTo(30);
        assertThat(s.workers()).isEqualTo(2);
        assertThat(s.queue()).isEqualTo(64);
        assertThat(s.customApiBaseUrl()).isEmpty();
        assertThat(s.customGatewayUrl()).isEmpty();
    }

    @Test
    void idsAndEndpointsAreRead() {
        Config config = Config.defaults()
                .with("discord.guild-ids", List.of("123456789012345678"))
                .with("discord.allowed-channels", "1, 2")
                .with("discord.api-base-url", "http://127.0.0.1:9000/api/v10")
                .with("discord.gateway-url", "ws://127.0.0.1:9001/");
        DiscordSettings s = DiscordSettings.from(config);
        assertThat(s.guildIds()).containsExactly(123456789012345678L);
        assertThat(s.allowedChannels()).isEqualTo(Set.of(1L, 2L));
        assertThat(s.customApiBaseUrl()).contains("http://127.0.0.1:9000/api/v10/");
        assertThat(s.customGatewayUrl()).contains("ws://127.0.0.1:9001/");
    }

    @Test
    void aWrongIdOrUrlNamesTheKey() {
        assertThatThrownBy(() -> DiscordSettings.from(Config.defaults().with("discord.allowed-guilds", "general")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("discord.allowed-guilds: 'general'");
        assertThatThrownBy(() -> DiscordSettings.from(Config.defaults().with("discord.gateway-url", "http://x")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("discord.gateway-url:");
    }
}
