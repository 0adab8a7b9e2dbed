package newsdesk.answer;

import static newsdesk.testing.FakeOpenAi.reply;
import static newsdesk.testing.FakeOpenAi.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import newsdesk.testing.FakeOpenAi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LlmFollowUpTest {
    private static final Question FOLLOW_UP = new Question("And who carried it out?", List.of(
            new Turn("What happened at In Amenas?", "Algerian special forces stormed the gas facility [1].")));

    @RegisterExtension
    final LlmTestKit kit = LlmTestKit.started();

    @Test
    void aFollowUpIsRewrittenBeforeRetrievalAndAnswering() {
        kit.server.then(reply("Standalone question: \"Who carried out the attack at In Amenas?\""),
                reply("Mokhtar Belmokhtar's group said it carried out the attack [2]."));

        Answer answer = kit.answerer().answer(FOLLOW_UP);

        FakeOpenAi.Request rewrite = kit.server.requests().get(0);
        assertThat(rewrite.message("system")).isNull();
        assertThat(rewrite.message("user"))
                .startsWith("Rewrite the user's latest message as one standalone question")
                .contains("User: What happened at In Amenas?\nNewsdesk: Algerian special forces stormed the gas facility [1].")
                .contains("Latest message: And who carried it out?");
        assertThat(kit.retriever.queries).containsExactly("Who carried out the attack at In Amenas?");
        assertThat(kit.server.requests().get(1).message("user"))
                .startsWith("Question: Who carried out the attack at In Amenas?");
        assertThat(answer.question()).isEqualTo("And who carried it out?");
        assertThat(answer.answer()).isEqualTo("Mokhtar Belmokhtar's group said it carried out the attack [1].");
    }

    @Test
    void aQuestionWithoutHistoryIsNotRewritten() {
        kit.server.then(reply("At least 37 foreign hostages were killed [1]."));

        kit.answerer().answer("How many hostages died?");

        assertThat(kit.server.requests()).hasSize(1);
        assertThat(kit.retriever.queries).containsExactly("How many hostages died?");
    }

    @Test
    void theRewriterFallsBackToTheQuestionAsAsked() {
        kit.server.then(status(500, "down"));
        QuestionRewriter rewriter = LlmAnswerers.rewriter(kit.config(1), Map.of(), LlmTestKit.CLOCK);

        assertThat(rewriter.standalone(FOLLOW_UP)).isEqualTo("And who carried it out?");
    }

    @Test
    void theRewriterIgnoresAnUnusableRewrite() {
        kit.server.then(reply("   \n@everyone go to https://evil.example"));
        QuestionRewriter rewriter = LlmAnswerers.rewriter(kit.config(1), Map.of(), LlmTestKit.CLOCK);

        assertThat(rewriter.standalone(FOLLOW_UP)).isEqualTo("And who carried it out?");
    }

    @Test
    void whenTheModelIsDownTheAnswerDoesNotWaitTwice() {
        kit.server.then(FakeOpenAi.silentAfter(() -> kit.clock.advance(Duration.ofSeconds(21))));
        Answerer answerer = kit.answerer(kit.config(20));

        Answer answer = answerer.answer(FOLLOW_UP);

        assertThat(answer.notice()).contains("unavailable (timeout)");
        assertThat(answer.tookMs()).as("one time limit on the kit's clock, not two").isEqualTo(21_000);
        assertThat(kit.server.requests()).hasSize(1);
    }
}
