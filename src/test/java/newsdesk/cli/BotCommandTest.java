package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BotCommandTest {

    @Test
    void withoutATokenItSaysSoInOneLineAndExitsWith2(@TempDir Path data) {
        CliRun run = CliRun.run(data, "", Map.of(), "bot");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines()).singleElement().asString()
                .startsWith("newsdesk: DISCORD_TOKEN is not set");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aTokenDiscordRejectsIsOneLineExit2AndNeverShown(@TempDir Path data) throws Exception {
        HttpServer discord = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        discord.createContext("/", exchange -> {
            byte[] body = "{\"message\":\"401: Unauthorized\",\"code\":0}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        discord.start();
        try {
            String secret = "MTIzNDU2Nzg5.secret-token-value";
            CliRun run = CliRun.run(data, "", Map.of(
                    "DISCORD_TOKEN", secret,
                    "NEWSDESK_DISCORD_API_BASE_URL", "http://127.0.0.1:" + discord.getAddress().getPort() + "/api/v10",
                    "NEWSDESK_DISCORD_GATEWAY_URL", "ws://127.0.0.1:9/"), "bot");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("newsdesk: Discord rejected the token in DISCORD_TOKEN")
                    .doesNotContain(secret).doesNotContain("secret-token");
            assertThat(run.err().lines().filter(l -> l.startsWith("newsdesk:"))).hasSize(1);
        } finally {
            discord.stop(0);
        }
    }

    @Test
    void takesNoArguments(@TempDir Path data) {
        CliRun run = CliRun.run(data, "", Map.of("DISCORD_TOKEN", "x"), "bot", "now");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unmatched argument").contains("'now'").contains("Usage: newsdesk bot");
    }
}
