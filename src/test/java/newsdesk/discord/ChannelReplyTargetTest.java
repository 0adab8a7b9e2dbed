package newsdesk.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
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
    private final List<MessageEditData> edits = new CopyOnWriteArrayList<>();

    ChannelReplyTargetTest() {
        when(channel.sendMessage(any(MessageCreateData.class))).thenAnswer(call -> {
            created.add(call.getArgument(0));
            MessageCreateAction action = mock(MessageCreateAction.class);
            when(action.submit()).thenReturn(CompletableFuture.completedFuture(draft));
            return action;
        });
        when(draft.editMessage(any(MessageEditData.class))).thenAnswer(call -> {
            edits.add(call.getArgument(0));
            MessageEditAction action = mock(MessageEditAction.class);
            when(action.submit()).thenReturn(CompletableFuture.completedFuture(draft));
            return action;
        });
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
        target.send(List.of("One. Two. Three.", "**Sources** …"), List.of(Button.secondary("fb:up:x", "Helpful")));

        assertThat(created).extracting(MessageCreateData::getContent).containsExactly("One …", "**Sources** …");
        assertThat(edits).extracting(MessageEditData::getContent).containsExactly("One. Two …", "One. Two. Three.");
        assertThat(edits.get(1).getComponents()).isEmpty();
        assertThat(created.get(1).getComponents()).hasSize(1);
        assertThat(edits).allSatisfy(e -> assertThat(e.getAllowedMentions()).isEmpty());
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
