package newsdesk.answer;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import newsdesk.config.Config;
import newsdesk.retrieval.RetrievedPassage;
import newsdesk.testing.FakeOpenAi;

/** A fake model server, retriever and offline answerer wired into the real chain through the public factory. */
final class LlmTestKit implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2013-01-22T09:00:00Z"), ZoneOffset.UTC);

    final FakeOpenAi server;
    final NewsFixtures.FakeRetriever retriever;
    final NewsFixtures.FakeOffline offline = new NewsFixtures.FakeOffline();
    final AtomicLong corpusVersion = new AtomicLong(1);

    LlmTestKit(RetrievedPassage... passages) throws java.io.IOException {
        this.server = new FakeOpenAi();
        this.retriever = new NewsFixtures.FakeRetriever(passages.length == 0
                ? new RetrievedPassage[] {NewsFixtures.SIEGE, NewsFixtures.CLAIM, NewsFixtures.COMMENT} : passages);
    }

    Config config(int timeoutSeconds) {
        return Config.defaults()
                .with("llm.provider", "openai")
                .with("llm.base-url", server.baseUrl())
                .with("llm.timeout-seconds", timeoutSeconds)
                .with("llm.max-retries", 1);
    }

    Answerer answerer() {
        return answerer(config(2));
    }

    Answerer answerer(Config config) {
        return LlmAnswerers.llm(retriever, config, Map.of(), offline, corpusVersion::get, CLOCK);
    }

    @Override
    public void close() {
        server.close();
    }
}
