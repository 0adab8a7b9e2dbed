package newsdesk.answer;

import static newsdesk.testing.FakeOpenAi.reply;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LlmStreamingTest {
    private static final String REPLY = "Algerian special forces stormed the In Amenas gas facility on Saturday [1]. "
            + "The attackers were paid by a foreign state [1]. "
            + "At least 37 foreign hostages were killed [1]. "
            + "Mokhtar Belmokhtar's group said it carried out the attack [2].";

    @RegisterExtension
    final LlmTestKit kit = LlmTestKit.started();

    @BeforeEach
    void start() {
        kit.server.then(reply(REPLY));
    }

    @Test
    void partialTextGrowsByVerifiedSentencesAndTheFinalAnswerIsVerified() {
        List<String> partials = new CopyOnWriteArrayList<>();

        Answer answer = kit.answerer().answer(Question.of("What happened?"), partials::add);

        assertThat(kit.server.lastRequest().streams()).isTrue();
        assertThat(partials).containsExactly(
                "Algerian special forces stormed the In Amenas gas facility on Saturday [1].",
                "Algerian special forces stormed the In Amenas gas facility on Saturday [1]. "
                        + "At least 37 foreign hostages were killed [1].");
        assertThat(answer.mode()).isEqualTo(Answer.LLM);
        assertThat(answer.answer()).isEqualTo("Algerian special forces stormed the In Amenas gas facility on Saturday [1]. "
                + "At least 37 foreign hostages were killed [1]. "
                + "Mokhtar Belmokhtar's group said it carried out the attack [2].");
        assertThat(answer.citations()).hasSize(2);
    }

    @Test
    void withoutStreamingConfiguredThePartialCallbackIsNotUsed() {
        List<String> partials = new CopyOnWriteArrayList<>();

        Answer answer = kit.answerer(kit.config(2).with("llm.stream", false)).answer(Question.of("What happened?"), partials::add);

        assertThat(kit.server.lastRequest().streams()).isFalse();
        assertThat(partials).isEmpty();
        assertThat(answer.mode()).isEqualTo(Answer.LLM);
    }

    @Test
    void theAnswerWithoutACallbackDoesNotStream() {
        kit.answerer().answer("What happened?");

        assertThat(kit.server.lastRequest().streams()).isFalse();
    }
}
