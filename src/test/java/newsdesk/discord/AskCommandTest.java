package newsdesk.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import newsdesk.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AskCommandTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T12:00:00Z"));
    private final List<Feedback> votes = new CopyOnWriteArrayList<>();
    private AnswerWorkers workers = new AnswerWorkers(1, 4, Duration.ofSeconds(5));

    @AfterEach
    void stopWorkers() {
        workers.close();
    }

    private AskCommand ask(RecordingAnswerer answerer, int perUser) {
        return new AskCommand(TestAnswering.of(answerer, votes::add, clock), workers, new RateLimits(perUser, 100, clock),
                DiscordSettings.DEFAULT_MAX_QUESTION_CHARS);
    }

    private static SlashEvents use(Map<String, Object> options) {
        return new SlashEvents("ask", 5, 1, 10, options);
    }

    @Test
    void defersAtOnceOnTheEventThreadAndAnswersOnAWorker() throws Exception {
        RecordingAnswerer answerer = RecordingAnswerer.saying(FactsAnswerer.HOSTAGES);
        CountDownLatch release = answerer.holdAnswers();
        SlashEvents slash = use(Map.of("question", "How many hostages died?"));

        ask(answerer, 5).handle(slash.event);

        assertThat(answerer.started.await(5, TimeUnit.SECONDS)).isTrue();
        verify(slash.event).deferReply(false);
        verify(slash.deferral).queue(any(), any());
        assertThat(slash.edits).as("nothing sent while the answer is being made").isEmpty();
        release.countDown();
        Idle.await(workers);

        assertThat(answerer.threads).singleElement().asString().startsWith("newsdesk-answer-");
        assertThat(answerer.questions.get(0).text()).isEqualTo("How many hostages died?");
        assertThat(answerer.questions.get(0).history()).isEmpty();
        assertThat(slash.edits).singleElement().satisfies(edit -> {
            assertThat(edit.getContent()).isEqualTo(FactsAnswerer.HOSTAGES);
            assertThat(edit.getEmbeds()).singleElement()
                    .satisfies(e -> assertThat(e.getUrl()).isEqualTo(FactsAnswerer.SOURCE.url()));
            assertThat(edit.getAllowedMentions()).isEmpty();
            assertThat(edit.getComponents()).hasSize(1);
        });
    }

    @Test
    void privateQuestionsAreDeferredEphemerally() {
        SlashEvents slash = use(Map.of("question", "Hostages?", "private", true));
        ask(RecordingAnswerer.saying(FactsAnswerer.HOSTAGES), 5).handle(slash.event);
        Idle.await(workers);
        verify(slash.event).deferReply(true);
    }

    @Test
    void aLongAnswerContinuesInFollowUpsWithTheButtonsUnderTheLast() {
        String longText = "A sentence that says something of note [1]. ".repeat(120);
        SlashEvents slash = use(Map.of("question", "Tell me everything", "private", true));
        ask(RecordingAnswerer.saying(longText), 5).handle(slash.event);
        Idle.await(workers);

        assertThat(slash.edits).hasSize(1);
        assertThat(slash.edits.get(0).getComponents()).isEmpty();
        assertThat(slash.followUps).hasSizeGreaterThanOrEqualTo(2);
        slash.followUps.forEach(m -> assertThat(m.getContent().length()).isLessThanOrEqualTo(2000));
        slash.followUps.forEach(m -> assertThat(m.getAllowedMentions()).isEmpty());
        assertThat(slash.followUps.get(slash.followUps.size() - 1).getComponents()).hasSize(1);
        assertThat(slash.followUps.get(0).getComponents()).isEmpty();
        verify(slash.followUp, org.mockito.Mockito.atLeastOnce()).setEphemeral(true);
    }

    @Test
    void aFailingAnswerBecomesAnApologyWithAReference() {
        RecordingAnswerer broken = new RecordingAnswerer(q -> {
            throw new IllegalStateException("boom");
        });
        SlashEvents slash = use(Map.of("question", "Hostages?"));
        ask(broken, 5).handle(slash.event);
        Idle.await(workers);

        assertThat(slash.edits).singleElement().satisfies(edit -> {
            assertThat(edit.getContent()).startsWith("Sorry, something went wrong").containsPattern("ref `[a-z0-9]{8}`");
            assertThat(edit.getComponents()).isEmpty();
        });
    }

    @Test
    void overTheRateLimitTheUserIsToldPrivatelyWhenToTryAgain() {
        AskCommand command = ask(RecordingAnswerer.saying(FactsAnswerer.HOSTAGES), 1);
        command.handle(use(Map.of("question", "first")).event);
        clock.advance(Duration.ofSeconds(15));
        SlashEvents second = use(Map.of("question", "second"));

        command.handle(second.event);

        verify(second.event, never()).deferReply(org.mockito.ArgumentMatchers.anyBoolean());
        verify(second.reply).setEphemeral(true);
        assertThat(second.replyText()).endsWith("try again in 45 s.");
        assertThat(second.replies.getValue().getAllowedMentions()).isEmpty();
    }

    @Test
    void whenThePoolIsFullTheUserIsToldItIsBusyInsteadOfWaiting() throws Exception {
        workers.close();
        workers = new AnswerWorkers(1, 0, Duration.ofSeconds(5));
        RecordingAnswerer answerer = RecordingAnswerer.saying(FactsAnswerer.HOSTAGES);
        CountDownLatch release = answerer.holdAnswers();
        AskCommand command = ask(answerer, 5);
        command.handle(use(Map.of("question", "first")).event);
        assertThat(answerer.started.await(5, TimeUnit.SECONDS)).isTrue();
        SlashEvents second = new SlashEvents("ask", 6, 1, 10, Map.of("question", "second"));

        command.handle(second.event);

        release.countDown();
        verify(second.event, never()).deferReply(org.mockito.ArgumentMatchers.anyBoolean());
        verify(second.reply).setEphemeral(true);
        assertThat(second.replyText()).isEqualTo(AnswerWorkers.BUSY);
    }

    @Test
    void aBlankQuestionIsAnsweredWithAnExample() {
        SlashEvents slash = use(Map.of("question", "   "));
        ask(RecordingAnswerer.saying("x"), 5).handle(slash.event);
        verify(slash.reply).setEphemeral(true);
        assertThat(slash.replyText()).startsWith("Please ask a question");
    }

    @Test
    void thePublicAnswersButtonsAreSourcesContinueInThreadAndFeedbackAllCarryingTheAnswerId() {
        SlashEvents slash = use(Map.of("question", "Hostages?"));
        ask(RecordingAnswerer.saying(FactsAnswerer.HOSTAGES), 5).handle(slash.event);
        Idle.await(workers);
        ActionRow row = (ActionRow) slash.edits.get(0).getComponents().get(0);
        assertThat(row.getButtons()).extracting(b -> b.getCustomId()).satisfiesExactly(
                id -> assertThat(id).matches("src:[a-z0-9]{8}"),
                id -> assertThat(id).matches("thr:[a-z0-9]{8}"),
                id -> assertThat(id).matches("fb:up:[a-z0-9]{8}"),
                id -> assertThat(id).matches("fb:down:[a-z0-9]{8}"));
        assertThat(row.getButtons()).extracting(b -> b.getCustomId().replaceAll(".*:", "")).containsOnly(
                row.getButtons().get(0).getCustomId().substring(4));
    }

    @Test
    void aPrivateAnswerCannotBeContinuedInAThread() {
        SlashEvents slash = use(Map.of("question", "Hostages?", "private", true));
        ask(RecordingAnswerer.saying(FactsAnswerer.HOSTAGES), 5).handle(slash.event);
        Idle.await(workers);
        ActionRow row = (ActionRow) slash.edits.get(0).getComponents().get(0);
        assertThat(row.getButtons()).extracting(b -> b.getCustomId()).noneMatch(id -> id.startsWith("thr:"));
    }

    @Test
    void theQuestionOptionIsCappedAtTheConfiguredLength() {
        AskCommand command = new AskCommand(TestAnswering.of(RecordingAnswerer.saying("x"), votes::add, clock), workers,
                new RateLimits(5, 100, clock), 300);
        assertThat(command.definition().getOptions().get(0).getMaxLength()).isEqualTo(300);
    }

}
