package newsdesk.answer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import newsdesk.config.Config;
import newsdesk.retrieval.RetrievedPassage;
import newsdesk.testing.FakeOpenAi;
import newsdesk.testing.MutableClock;
import newsdesk.testing.NewsFixtures;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fake model server, retriever and offline answerer wired into the real chain through the public factory. As a
 * test's field, {@code @RegisterExtension final LlmTestKit kit = LlmTestKit.started();} gives each test a fresh kit
 * (JUnit makes a test instance per test) and closes it after the test.
 */
final class LlmTestKit implements AutoCloseable, AfterEachCallback {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2013-01-22T09:00:00Z"), ZoneOffset.UTC);

    /** The time the kit's answerers go by: a test moves it (a server that lets time pass) instead of waiting. */
    final MutableClock clock = MutableClock.at("2013-01-22T09:00:00Z");

    final FakeOpenAi server;
    final NewsFixtures.FakeRetriever retriever;
    final NewsFixtures.FakeOffline offline = new NewsFixtures.FakeOffline();
    final AtomicLong corpusVersion = new AtomicLong(1);

    LlmTestKit(RetrievedPassage... passages) throws IOException {
        this.server = new FakeOpenAi();
        this.retriever = new NewsFixtures.FakeRetriever(passages.length == 0
                ? new RetrievedPassage[] {NewsFixtures.SIEGE, NewsFixtures.CLAIM, NewsFixtures.COMMENT} : passages);
    }

    /** A kit with the default passages, for a field initializer (which cannot throw IOException). */
    static LlmTestKit started() {
        try {
            return new LlmTestKit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Config config(int timeoutSeconds) {
        return Config.defaults()
                .with("llm.provider", "openai")
                .with("llm.base-url", server.baseUrl())
                .with("llm.timeout-seconds", timeoutSeconds)
                .with("llm.max-retries", 1)
                .with("llm.judge", "off");  // the judge has its own tests (LlmJudgeTest)
    }

    Answerer answerer() {
        return answerer(config(2));
    }

    Answerer answerer(Config config) {
        return LlmAnswerers.llm(retriever, config, Map.of(), offline, corpusVersion::get, clock);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        server.close();
    }
}
