package newsdesk.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import newsdesk.answer.Answerer;
import newsdesk.answer.LlmAnswerers;
import newsdesk.answer.extractive.OfflineAnswerers;
import newsdesk.article.ArticleReader;
import newsdesk.article.Ingestor;
import newsdesk.article.SampleCorpus;
import newsdesk.config.Config;
import newsdesk.retrieval.NewsIndex;
import newsdesk.retrieval.Retrieval;
import newsdesk.retrieval.RetrievalSettings;

/**
 * A burst of concurrent {@code /ask} interactions through the real JDA client and {@link FakeDiscord}, answered by
 * the offline reader over the bundled sample: how long each interaction waits for its acknowledgement (Discord
 * allows 3 s), how long for its final message, and whether any is lost (no acknowledgement, or no final message).
 * A benchmark that prints figures, not a test. In package {@code discord} to use the test fake.
 *
 * <pre>
 * mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=newsdesk.discord.DiscordAskBench \
 *     [-Dexec.args="--asks 50 --rounds 3 --workers 2 --queue 16 --guild-rate 30"]
 * </pre>
 * Each ask comes from a different member, so the per-member limit never applies; the per-server limit and the
 * answer pool are the bot's settings (defaults: the configured ones).
 */
public final class DiscordAskBench {
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final String[] QUESTIONS = {"How many hostages died?", "How many militants were killed?",
            "Who is John Thompson?", "When did the siege end?", "Where is the gas plant?", "What happened at the plant?"};

    private DiscordAskBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Integer> options = options(args);
        int asks = options.getOrDefault("asks", 50);
        int rounds = options.getOrDefault("rounds", 3);
        Config config = Config.defaults();
        DiscordSettings configured = DiscordSettings.from(config);
        int workers = options.getOrDefault("workers", configured.workers());
        int queue = options.getOrDefault("queue", configured.queue());
        int guildRate = options.getOrDefault("guild-rate", configured.guildRatePerMinute());

        Path data = Files.createTempDirectory("newsdesk-discord-bench");
        Clock clock = Clock.systemUTC();
        try (NewsIndex index = Retrieval.open(data.resolve("index"), Retrieval.defaultEmbeddingModel(),
                RetrievalSettings.from(config), clock)) {
            new Ingestor(index, new ArticleReader(5_000_000)).ingest(SampleCorpus.load());
            Answerer answerer = LlmAnswerers.configured(index, OfflineAnswerers.offline(index, index, config), config,
                    Map.of(), clock);
            try (BotOnFakeDiscord running = BotOnFakeDiscord.start(fake -> DiscordBot.builder(new DiscordSettings(
                    List.of(FakeDiscord.GUILD), Set.of(), Set.of(), configured.userRatePerMinute(), guildRate, workers,
                    queue, fake.apiBaseUrl(), fake.gatewayUrl(), false), answerer, index).clock(clock))) {
                System.out.printf("%d concurrent /ask, %d rounds; bot: %d workers, queue %d, %d asks per server per "
                        + "minute; offline reader over the bundled sample%n", asks, rounds, workers, queue, guildRate);
                System.out.println("round | acknowledged p50 / p95 / max ms | final message p50 / p95 / max ms | "
                        + "answered, busy, slowed down | lost");
                for (int round = 1; round <= rounds; round++) {
                    round(running.discord, round, asks);
                }
            }
        } finally {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void round(FakeDiscord discord, int round, int asks) throws InterruptedException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < asks; i++) {
            discord.interactAs(2_000_000_000_000_000_000L + round * 1000L + i);
            ids.add(discord.runSlashCommand("ask", FakeDiscord.CHANNEL,
                    FakeDiscord.textOption("question", QUESTIONS[i % QUESTIONS.length])));
        }
        discord.interactAs(FakeDiscord.USER);
        long[] acked = new long[asks];
        long[] done = new long[asks];
        Map<String, Integer> outcomes = new TreeMap<>();
        int lost = 0;
        long deadline = System.nanoTime() + LIMIT.toNanos();
        for (int i = 0; i < asks; i++) {
            String id = ids.get(i);
            long sent = discord.sentNanos(id);
            try {
                FakeDiscord.Request ack = discord.await("POST", discord.callbackOf(id), left(deadline));
                acked[i] = ack.receivedNanos() - sent;
                JsonNode body = ack.body();
                if (body.path("type").asInt() == 4) {
                    done[i] = acked[i];
                    String text = body.path("data").path("content").asText();
                    outcomes.merge(text.startsWith("You're asking faster") ? "slowed down" : "busy", 1, Integer::sum);
                } else {
                    FakeDiscord.Request answer = discord.await("PATCH", discord.originalResponseOf(id), left(deadline));
                    done[i] = answer.receivedNanos() - sent;
                    outcomes.merge("answered", 1, Integer::sum);
                }
            } catch (AssertionError timedOut) {
                acked[i] = done[i] = -1;
                lost++;
            }
        }
        System.out.printf("%5d | %s | %s | %d, %d, %d | %d%n", round, figures(acked), figures(done),
                outcomes.getOrDefault("answered", 0), outcomes.getOrDefault("busy", 0),
                outcomes.getOrDefault("slowed down", 0), lost);
    }

    private static Duration left(long deadline) {
        return Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
    }

    private static String figures(long[] nanos) {
        long[] sorted = Arrays.stream(nanos).filter(n -> n >= 0).sorted().toArray();
        if (sorted.length == 0) {
            return "-";
        }
        return String.format("%.1f / %.1f / %.1f", at(sorted, 0.50) / 1e6, at(sorted, 0.95) / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    private static long at(long[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static Map<String, Integer> options(String[] args) {
        Map<String, Integer> options = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, not " + args[i]);
            }
            options.put(args[i].substring(2), Integer.parseInt(args[i + 1]));
        }
        return options;
    }
}
