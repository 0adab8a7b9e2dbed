package newsdesk.answer;

import static newsdesk.testing.FakeOpenAi.malformed;
import static newsdesk.testing.FakeOpenAi.reply;
import static newsdesk.testing.FakeOpenAi.silentAfter;
import static newsdesk.testing.FakeOpenAi.status;
import static newsdesk.testing.FakeOpenAi.streamed;
import static newsdesk.testing.FakeOpenAi.streamedThenStalled;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import newsdesk.config.Config;
import newsdesk.testing.FakeOpenAi;
import newsdesk.testing.NewsFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every way the model can fail ends in the offline answer, with a notice. Time is the kit's clock: a server that
 * takes too long moves it past the deadline instead of making the test wait.
 */
class LlmFaultsTest {
    private static final int TIMEOUT_SECONDS = 20;
    private static final String GOOD = "At least 37 foreign hostages were killed [1]. Mokhtar Belmokhtar's group "
            + "said it carried out the attack [2].";

    @RegisterExtension
    final LlmTestKit kit = LlmTestKit.started();
    private Answerer answerer;

    @BeforeEach
    void start() {
        answerer = kit.answerer(kit.config(TIMEOUT_SECONDS));
    }

    @Test
    void aServerErrorIsRetriedOnceThenFallsBack() {
        kit.server.then(status(500, "boom"));

        Answer answer = timed(() -> answerer.answer("How many hostages died?"));

        assertOffline(answer, "server error");
        assertThat(kit.server.requests()).hasSize(2);
    }

    @Test
    void aRetryThatSucceedsGivesTheModelAnswer() {
        kit.server.then(status(500, "boom"), reply(GOOD));

        Answer answer = answerer.answer("How many hostages died?");

        assertThat(answer.mode()).isEqualTo(Answer.LLM);
        assertThat(answer.notice()).isNull();
    }

    @Test
    void rateLimitedFallsBack() {
        kit.server.then(status(429, "slow down"));

        assertOffline(timed(() -> answerer.answer("How many hostages died?")), "rate limited");
        assertThat(kit.server.requests()).hasSize(2);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"401, authentication failed", "403, authentication failed", "404, model not found",
            "400, request rejected"})
    void aRefusalIsNotRetried(int status, String reason) {
        kit.server.then(status(status, "no"));

        assertOffline(timed(() -> answerer.answer("How many hostages died?")), reason);
        assertThat(kit.server.requests()).hasSize(1);
    }

    @Test
    void aServerThatDoesNotAnswerInTimeFallsBack() {
        kit.server.then(silentAfter(() -> kit.clock.advance(Duration.ofSeconds(TIMEOUT_SECONDS + 1))));

        Answer answer = timed(() -> answerer.answer("How many hostages died?"));
        assertOffline(answer, "timeout");
        assertThat(answer.tookMs()).as("on the kit's clock").isEqualTo((TIMEOUT_SECONDS + 1) * 1000L);
    }

    @Test
    void aMalformedResponseFallsBack() {
        kit.server.then(malformed());

        assertOffline(timed(() -> answerer.answer("How many hostages died?")), "malformed response");
    }

    @Test
    void aRefusedConnectionFallsBack() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        Answerer refused = kit.answerer(kit.config(TIMEOUT_SECONDS).with("llm.base-url", "http://127.0.0.1:" + closedPort + "/v1"));

        assertOffline(timed(() -> refused.answer("How many hostages died?")), "connection refused");
    }

    @Test
    void aStreamThatStallsFallsBackAndStopsReportingText() {
        kit.server.then(streamedThenStalled(FakeOpenAi.chunks(GOOD)));
        List<String> partials = new CopyOnWriteArrayList<>();
        Consumer<String> shownThenTimePasses = text -> {
            partials.add(text);
            kit.clock.advance(Duration.ofSeconds(TIMEOUT_SECONDS + 1)); // the stream stalls from here on
        };

        Answer answer = timed(() -> answerer.answer(Question.of("How many hostages died?"), shownThenTimePasses));

        assertOffline(answer, "stream stalled");
        assertThat(partials).containsOnly("At least 37 foreign hostages were killed [1].");
    }

    @Test
    void aStreamThatEndsWithoutAFinishReasonFallsBack() {
        kit.server.then(streamed(FakeOpenAi.chunks(GOOD), false));

        assertOffline(timed(() -> answerer.answer(Question.of("How many hostages died?"), text -> { })),
                "incomplete response");
    }

    @Test
    void aStreamRefusedBeforeItsFirstTokenIsRetried() {
        kit.server.then(status(503, "busy"), reply(GOOD));

        Answer answer = answerer.answer(Question.of("How many hostages died?"), text -> { });

        assertThat(answer.mode()).isEqualTo(Answer.LLM);
        assertThat(kit.server.requests()).hasSize(2);
    }

    @Test
    void aFallbackIsNotCachedSoARecoveredModelIsUsedNextTime() {
        kit.server.then(status(500, "down"), status(500, "down"), reply(GOOD));

        assertOffline(answerer.answer("How many hostages died?"), "server error");
        Answer second = answerer.answer("How many hostages died?");

        assertThat(second.mode()).isEqualTo(Answer.LLM);
        assertThat(kit.server.requests()).hasSize(3);
    }

    @Test
    void aFailureIsLoggedOnceAtWarnWithoutAStackTraceOrTheKey() throws Exception {
        String key = "sk-test-secret-0123456789";
        Config config = kit.config(TIMEOUT_SECONDS);
        Answerer keyed = LlmAnswerers.llm(kit.retriever, config, Map.of(LlmAnswerers.API_KEY_ENV, key), kit.offline,
                kit.corpusVersion::get, LlmTestKit.CLOCK);
        kit.server.then(status(500, "upstream rejected key " + key));

        String log = capturingStandardError(() -> assertOffline(keyed.answer("How many hostages died?"), "server error"));

        assertThat(kit.server.requests()).hasSize(2).allSatisfy(r -> assertThat(r.authorization()).isEqualTo("Bearer " + key));
        assertThat(log.lines().filter(l -> l.contains("WARN"))).singleElement().asString()
                .contains("language model unavailable (server error)");
        assertThat(log).doesNotContain(key).doesNotContain("\tat ").doesNotContain("Exception:\n");
    }

    private static void assertOffline(Answer answer, String reason) {
        assertThat(answer.answer()).isEqualTo(NewsFixtures.FakeOffline.TEXT);
        assertThat(answer.mode()).isEqualTo(Answer.EXTRACTIVE);
        assertThat(answer.notice()).isEqualTo("The language model was unavailable (" + reason + "); this is the offline answer.");
    }

    /** The answer, whose time taken is what the kit's clock says passed while it was made. */
    private Answer timed(java.util.function.Supplier<Answer> ask) {
        Instant start = kit.clock.instant();
        Answer answer = ask.get();
        assertThat(answer.tookMs()).isEqualTo(Duration.between(start, kit.clock.instant()).toMillis());
        return answer;
    }

    private static String capturingStandardError(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
