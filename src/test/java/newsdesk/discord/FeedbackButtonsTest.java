package newsdesk.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.restaction.interactions.ModalCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import newsdesk.answer.Answer;
import newsdesk.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class FeedbackButtonsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T12:00:00Z"));
    private final List<Feedback> recorded = new CopyOnWriteArrayList<>();
    private final RecentAnswers recent = new RecentAnswers(clock);
    private final FeedbackButtons buttons = new FeedbackButtons(recorded::add, Runnable::run, recent, clock);
    private final Answer answer = new Answer("q", FactsAnswerer.HOSTAGES, false, List.of(FactsAnswerer.SOURCE),
            Answer.EXTRACTIVE, null, 1);

    @Test
    void twoButtonsCarryTheAnswersShortId() {
        String id = recent.remember("How many?", answer);
        List<Button> pair = buttons.buttonsFor(id);
        assertThat(pair).extracting(Button::getCustomId).containsExactly("fb:up:" + id, "fb:down:" + id);
    }

    @Test
    void helpfulIsRecordedWithTheQuestionAndAnswerAndThankedOnlyToTheClicker() {
        String id = recent.remember("How many?", answer);
        Clicked click = click("fb:up:" + id, 77);

        buttons.onClick(click.event);

        verify(click.reply).setEphemeral(true);
        assertThat(click.sent.getValue().getContent()).isEqualTo(FeedbackButtons.THANKS);
        assertThat(click.sent.getValue().getAllowedMentions()).isEmpty();
        assertThat(recorded).singleElement().isEqualTo(new Feedback(id, Feedback.Vote.HELPFUL, "77",
                "How many?", FactsAnswerer.HOSTAGES, clock.instant()));
    }

    @Test
    void notHelpfulIsRecordedAtOnceAndOffersAnOptionalReasonForm() {
        String id = recent.remember("How many?", answer);
        Clicked click = click("fb:down:" + id, 77);
        ArgumentCaptor<Modal> form = ArgumentCaptor.forClass(Modal.class);
        when(click.event.replyModal(form.capture())).thenReturn(mock(ModalCallbackAction.class));

        buttons.onClick(click.event);

        assertThat(form.getValue().getId()).isEqualTo("fbr:" + id);
        assertThat(recorded).singleElement().satisfies(f -> {
            assertThat(f.vote()).isEqualTo(Feedback.Vote.NOT_HELPFUL);
            assertThat(f.reason()).isNull();
        });
    }

    @Test
    void theReasonGivenInTheFormIsRecordedWithTheVote() {
        String id = recent.remember("How many?", answer);
        ModalInteractionEvent event = mock(ModalInteractionEvent.class);
        when(event.getModalId()).thenReturn("fbr:" + id);
        ModalMapping reason = mock(ModalMapping.class);
        when(reason.getAsString()).thenReturn("  the figure is out of date  ");
        when(event.getValue(FeedbackButtons.REASON_FIELD)).thenReturn(reason);
        User user = mock(User.class);
        when(user.getId()).thenReturn("77");
        when(event.getUser()).thenReturn(user);
        when(event.reply(any(MessageCreateData.class))).thenReturn(mock(ReplyCallbackAction.class, RETURNS_SELF));

        buttons.onForm(event);

        assertThat(recorded).singleElement().satisfies(f -> {
            assertThat(f.answerId()).isEqualTo(id);
            assertThat(f.vote()).isEqualTo(Feedback.Vote.NOT_HELPFUL);
            assertThat(f.reason()).isEqualTo("the figure is out of date");
            assertThat(f.question()).isEqualTo("How many?");
        });
    }

    @Test
    void aVoteOnAnAnswerFromBeforeARestartIsStillRecorded() {
        buttons.onClick(click("fb:up:zzzzzzzz", 77).event);
        assertThat(recorded).singleElement().satisfies(f -> {
            assertThat(f.vote()).isEqualTo(Feedback.Vote.HELPFUL);
            assertThat(f.question()).isNull();
        });
    }

    @Test
    void aFailingSinkDoesNotReachTheUser() {
        FeedbackButtons failing = new FeedbackButtons(f -> {
            throw new IllegalStateException("disk full");
        }, Runnable::run, recent, clock);
        Clicked click = click("fb:up:abcdefgh", 77);
        failing.onClick(click.event);
        verify(click.reply).setEphemeral(true);
    }

    private record Clicked(ButtonInteractionEvent event, ReplyCallbackAction reply, ArgumentCaptor<MessageCreateData> sent) {
    }

    private static Clicked click(String customId, long userId) {
        ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);
        when(event.getComponentId()).thenReturn(customId);
        User user = mock(User.class);
        when(user.getId()).thenReturn(String.valueOf(userId));
        when(event.getUser()).thenReturn(user);
        ReplyCallbackAction reply = mock(ReplyCallbackAction.class, RETURNS_SELF);
        ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);
        when(event.reply(sent.capture())).thenReturn(reply);
        return new Clicked(event, reply, sent);
    }
}
