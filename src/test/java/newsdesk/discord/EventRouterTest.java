package newsdesk.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.unions.IThreadContainerUnion;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import org.junit.jupiter.api.Test;

class EventRouterTest {
    private final SlashCommandHandler ask = mock(SlashCommandHandler.class);
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final ChannelSettings settings = ChannelSettings.inMemory();
    private final ChannelModes modes = new ChannelModes(settings, ChannelMode.THREADS);

    EventRouterTest() {
        when(ask.definition()).thenReturn(Commands.slash("ask", "Ask"));
    }

    private EventRouter router(Set<Long> allowedChannels) {
        return new EventRouter(List.of(ask), List.of(), new AccessPolicy(Set.of(), allowedChannels), modes, null, null, null,
                stopping::get);
    }

    @Test
    void anAllowedCommandReachesItsHandler() {
        SlashEvents slash = new SlashEvents("ask", 5, 1, 10, Map.of());
        router(Set.of(10L)).onSlashCommandInteraction(slash.event);
        verify(ask).handle(slash.event);
    }

    @Test
    void elsewhereTheUserIsToldPrivatelyItIsNotEnabled() {
        SlashEvents slash = new SlashEvents("ask", 5, 1, 11, Map.of());
        router(Set.of(10L)).onSlashCommandInteraction(slash.event);
        verify(ask, never()).handle(any());
        verify(slash.reply).setEphemeral(true);
        assertThat(slash.replyText()).isEqualTo(AccessPolicy.NOT_ENABLED);
    }

    @Test
    void aThreadCountsAsItsParentChannel() {
        SlashEvents slash = new SlashEvents("ask", 5, 1, 700, Map.of());
        MessageChannelUnion thread = mock(MessageChannelUnion.class, withSettings().extraInterfaces(ThreadChannel.class));
        IThreadContainerUnion parent = mock(IThreadContainerUnion.class);
        when(parent.getIdLong()).thenReturn(10L);
        when(((ThreadChannel) thread).getParentChannel()).thenReturn(parent);
        when(slash.event.getChannel()).thenReturn(thread);

        router(Set.of(10L)).onSlashCommandInteraction(slash.event);

        verify(ask).handle(slash.event);
    }

    @Test
    void aHandlerThatThrowsLeavesAnApologyNotASilence() {
        SlashEvents slash = new SlashEvents("ask", 5, 1, 10, Map.of());
        doThrow(new IllegalStateException("bug")).when(ask).handle(slash.event);
        router(Set.of()).onSlashCommandInteraction(slash.event);
        verify(slash.reply).setEphemeral(true);
        assertThat(slash.replyText()).startsWith("Sorry, something went wrong").contains("ref `");
    }

    @Test
    void whileStoppingNewCommandsAreTurnedAway() {
        stopping.set(true);
        SlashEvents slash = new SlashEvents("ask", 5, 1, 10, Map.of());
        router(Set.of()).onSlashCommandInteraction(slash.event);
        verify(ask, never()).handle(any());
        assertThat(slash.replyText()).isEqualTo(EventRouter.STOPPING);
    }

    @Test
    void anUnknownCommandPointsToHelp() {
        SlashEvents slash = new SlashEvents("gone", 5, 1, 10, Map.of());
        router(Set.of()).onSlashCommandInteraction(slash.event);
        assertThat(slash.replyText()).contains("/help");
    }

    @Test
    void inAChannelSwitchedOffCommandsSayNotEnabledExceptTheOnesThatWorkEverywhere() {
        settings.setMode(1, 10, ChannelMode.OFF, 0);
        SlashCommandHandler admin = mock(SlashCommandHandler.class);
        when(admin.definition()).thenReturn(Commands.slash("newsdesk", "Admin"));
        when(admin.worksWhereOff()).thenReturn(true);
        EventRouter router = new EventRouter(List.of(ask, admin), List.of(), new AccessPolicy(Set.of(), Set.of()), modes,
                null, null, null, stopping::get);

        SlashEvents asked = new SlashEvents("ask", 5, 1, 10, Map.of());
        router.onSlashCommandInteraction(asked.event);
        SlashEvents elsewhere = new SlashEvents("ask", 5, 1, 11, Map.of());
        router.onSlashCommandInteraction(elsewhere.event);
        SlashEvents managed = new SlashEvents("newsdesk", 5, 1, 10, Map.of());
        router.onSlashCommandInteraction(managed.event);

        verify(ask, never()).handle(asked.event);
        assertThat(asked.replyText()).isEqualTo(AccessPolicy.NOT_ENABLED);
        verify(ask).handle(elsewhere.event);
        verify(admin).handle(managed.event);
    }

    @Test
    void twoCommandsCannotShareAName() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new EventRouter(List.of(ask, ask), List.of(),
                new AccessPolicy(Set.of(), Set.of()), modes, null, null, null, stopping::get))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/ask");
    }

}
