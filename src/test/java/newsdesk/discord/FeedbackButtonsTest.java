package newsdesk.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import newsdesk.answer.Answer;
import newsdesk.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class FeedbackButtonsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T12:00:00Z"));
    private final List<Feedback> recorded = new CopyOnWriteArrayList<>();
    private final FeedbackButtons buttons = new FeedbackButtons(recorded::add, Runnable::run, clock);
    private final Answer answer = new Answer("q", FactsAnswerer.HOSTAGES, false, List.of(FactsAnswerer.SOURCE),
            Answer.EXTRACTIVE, null, 1);

    @Test
    void twoButtonsShareOneShortAnswerId() {
        List<Button> pair = buttons.buttonsFor("How many?", answer);
        assertThat(pair).extracting(Button::getCustomId).satisfiesExactly(
                up -> assertThat(up).matches("fb:up:[a-z0-9]{8}"),
                down -> assertThat(down).matches("fb:down:[a-z0-9]{8}"));
        assertThat(pair.get(0).getCustomId().substring(6)).isEqualTo(pair.get(1).getCustomId().substring(8));
    }

    @Test
    void aClickIsRecordedWithTheQuestionAndAnswerAndThankedOnlyToTheClicker() {
        String down = buttons.buttonsFor("How many?", answer).get(1).getCustomId();
        Clicked click = click(down, 77);

        buttons.onClick(click.event);

        verify(click.reply).setEphemeral(true);
        assertThat(click.sent.getValue().getContent()).isEqualTo(FeedbackButtons.THANKS);
        assertThat(click.sent.getValue().getAllowedMentions()).isEmpty();
        assertThat(recorded).singleElement().isEqualTo(new Feedback(down.substring(8), Feedback.Vote.NOT_HELPFUL, "77",
                "How many?", FactsAnswerer.HOSTAGES, clock.instant()));
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
        }, Runnable::run, clock);
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
