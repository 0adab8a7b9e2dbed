package newsdesk.discord;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.mockito.ArgumentCaptor;

/** A mocked slash-command use, with its hook and rest actions, capturing what the bot sends. */
final class SlashEvents {
    final SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
    final InteractionHook hook = mock(InteractionHook.class);
    final ReplyCallbackAction deferral = mock(ReplyCallbackAction.class, RETURNS_SELF);
    final ReplyCallbackAction reply = mock(ReplyCallbackAction.class, RETURNS_SELF);
    @SuppressWarnings("unchecked")
    final WebhookMessageEditAction<net.dv8tion.jda.api.entities.Message> edit = mock(WebhookMessageEditAction.class, RETURNS_SELF);
    @SuppressWarnings("unchecked")
    final WebhookMessageCreateAction<net.dv8tion.jda.api.entities.Message> followUp = mock(WebhookMessageCreateAction.class, RETURNS_SELF);
    final List<MessageEditData> edits = new CopyOnWriteArrayList<>();
    final List<MessageCreateData> followUps = new CopyOnWriteArrayList<>();
    final ArgumentCaptor<MessageCreateData> replies = ArgumentCaptor.forClass(MessageCreateData.class);

    SlashEvents(String name, long userId, long guildId, long channelId, Map<String, Object> options) {
        when(event.getName()).thenReturn(name);
        User user = mock(User.class);
        when(user.getIdLong()).thenReturn(userId);
        when(user.getId()).thenReturn(String.valueOf(userId));
        when(event.getUser()).thenReturn(user);
        Guild guild = mock(Guild.class);
        when(guild.getIdLong()).thenReturn(guildId);
        when(guild.getId()).thenReturn(String.valueOf(guildId));
        when(event.getGuild()).thenReturn(guild);
        when(event.isFromGuild()).thenReturn(true);
        when(event.getChannelIdLong()).thenReturn(channelId);
        when(event.getChannelId()).thenReturn(String.valueOf(channelId));
        List<OptionMapping> mappings = new ArrayList<>();
        options.forEach((key, value) -> {
            OptionMapping option = mock(OptionMapping.class);
            when(option.getName()).thenReturn(key);
            when(option.getAsString()).thenReturn(String.valueOf(value));
            if (value instanceof Boolean b) {
                when(option.getAsBoolean()).thenReturn(b);
            }
            when(event.getOption(key)).thenReturn(option);
            mappings.add(option);
        });
        when(event.getOptions()).thenReturn(mappings);
        when(event.getHook()).thenReturn(hook);
        when(event.deferReply(anyBoolean())).thenReturn(deferral);
        when(event.reply(replies.capture())).thenReturn(reply);
        net.dv8tion.jda.api.entities.Message sent = mock(net.dv8tion.jda.api.entities.Message.class);
        when(sent.getIdLong()).thenReturn(424242L);
        when(edit.complete()).thenReturn(sent);
        when(followUp.complete()).thenReturn(sent);
        when(hook.editOriginal(any(MessageEditData.class))).thenAnswer(call -> {
            edits.add(call.getArgument(0));
            return edit;
        });
        when(hook.sendMessage(any(MessageCreateData.class))).thenAnswer(call -> {
            followUps.add(call.getArgument(0));
            return followUp;
        });
    }

    String replyText() {
        return replies.getValue().getContent();
    }
}
