package newsdesk.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.restaction.AuditableRestAction;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.MessageEditAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChannelReplyTargetTest {
    private final ScheduledExecutorService typing = Executors.newSingleThreadScheduledExecutor();
    private final MessageChannel channel = mock(MessageChannel.class);
    private final Message draft = mock(Message.class);
    private final List<MessageCreateData> created = new CopyOnWriteArrayList<>();
    private final List<MessageCreateData> replies = new CopyOnWriteArrayList<>();
    private final List<MessageEditData> edits = new CopyOnWriteArrayList<>();
    private volatile CompletableFuture<Message> draftCreated = CompletableFuture.completedFuture(draft);

    ChannelReplyTargetTest() {
        when(draft.getIdLong()).thenReturn(1L);
        when(channel.sendMessage(any(MessageCreateData.class))).thenAnswer(call -> action(created, call.getArgument(0)));
        when(draft.editMessage(any(MessageEditData.class))).thenAnswer(call -> {
            edits.add(call.getArgument(0));
            MessageEditAction action = mock(MessageEditAction.class);
            when(action.submit()).thenReturn(CompletableFuture.completedFuture(draft));
            when(action.complete()).thenReturn(draft);
            return action;
        });
    }

    private MessageCreateAction action(List<MessageCreateData> into, MessageCreateData data) {
        into.add(data);
        MessageCreateAction action = mock(MessageCreateAction.class, RETURNS_SELF);
        when(action.submit()).thenReturn(draftCreated);
        Message sent = mock(Message.class);
        when(sent.getIdLong()).thenReturn(100L + created.size() + replies.size());
        when(action.complete()).thenReturn(sent);
        return action;
    }

    @AfterEach
    void stop() {
        typing.shutdownNow();
    }

    @Test
    void draftsBecomeOneMessageThatTheAnswerReplaces() {
        ChannelReplyTarget target = new ChannelReplyTarget(channel, typing);
        target.showDraft("One …").join();
        target.showDraft("One. Two …").join();
        List<Long> sent = target.send(List.of("One. Two. Three.", "More …"), List.of(Button.secondary("fb:up:x", "Helpful")));

        assertThat(created).extracting(MessageCreateData::getContent).containsExactly("One …", "More …");
        assertThat(edits).extracting(MessageEditData::getContent).containsExactly("One. Two …", "One. Two. Three.");
        assertThat(edits.get(1).getComponents()).isEmpty();
        assertThat(created.get(1).getComponents()).hasSize(1);
        assertThat(edits).allSatisfy(e -> assertThat(e.getAllowedMentions()).isEmpty());
        assertThat(sent).hasSize(2).startsWith(1L);
    }

    @Test
    void aDraftStillNotCreatedWhenTheAnswerIsReadyIsDeletedWhenItArrivesSoNoHalfAnswerStays() {
        draftCreated = new CompletableFuture<>();
        @SuppressWarnings("unchecked")
        AuditableRestAction<Void> delete = mock(AuditableRestAction.class);
        when(draft.delete()).thenReturn(delete);
        ChannelReplyTarget target = new ChannelReplyTarget(channel, null, typing, Duration.ofMillis(1));
        target.showDraft("One …");

        target.send(List.of("One. Two."), List.of());
        assertThat(created).extracting(MessageCreateData::getContent).containsExactly("One …", "One. Two.");
        verify(draft, never()).delete();

        draftCreated.complete(draft);
        verify(delete).queue(any(), any());
        assertThat(edits).isEmpty();
    }

    @Test
    void givenTheQuestionTheFirstMessageRepliesToItPingingNobodyAndTheRestFollow() {
        Message question = mock(Message.class);
        when(question.reply(any(MessageCreateData.class))).thenAnswer(call -> action(replies, call.getArgument(0)));

        new ChannelReplyTarget(channel, question, typing).send(List.of("a", "b"), List.of());

        assertThat(replies).extracting(MessageCreateData::getContent).containsExactly("a");
        assertThat(created).extracting(MessageCreateData::getContent).containsExactly("b");
        assertThat(replies.get(0).getAllowedMentions()).isEmpty();
    }

    @Test
    void withoutDraftsEachMessageIsNew() {
        new ChannelReplyTarget(channel, typing).send(List.of("a", "b"), List.of());
        assertThat(created).extracting(MessageCreateData::getContent).containsExactly("a", "b");
        assertThat(edits).isEmpty();
    }

    @Test
    void typingThatIsNotAllowedIsNoObstacle() {
        when(channel.sendTyping()).thenThrow(mock(InsufficientPermissionException.class));
        try (ReplyTarget.Working working = new ChannelReplyTarget(channel, typing).working()) {
            assertThat(working).isNotNull();
        }
    }
}
