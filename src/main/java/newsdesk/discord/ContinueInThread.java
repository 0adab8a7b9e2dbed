package newsdesk.discord;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.attribute.IThreadContainer;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import newsdesk.answer.Turn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "Continue in thread" button under a public {@code /ask} answer: starts a thread from the answer, where
 * follow-up questions need no mention and are asked with the answer as context.
 */
final class ContinueInThread {
    private static final Logger log = LoggerFactory.getLogger(ContinueInThread.class);
    static final String FOLLOW_UPS_HERE = "Ask your follow-up questions here; no need to mention me.";
    static final String CANNOT = "I can't start threads in this channel: I need the **Create Public Threads** and "
            + "**Send Messages in Threads** permissions here.";

    private final ThreadMemory memory;
    private final RecentAnswers recent;

    ContinueInThread(ThreadMemory memory, RecentAnswers recent) {
        this.memory = memory;
        this.recent = recent;
    }

    void onClick(ButtonInteractionEvent event, String answerId) {
        GuildChannel channel = event.getGuildChannel();
        if (!(channel instanceof IThreadContainer)) {
            privately(event, "Follow-up questions can go right here.");
            return;
        }
        if (!event.getGuild().getSelfMember().hasPermission(channel, Permission.VIEW_CHANNEL,
                Permission.CREATE_PUBLIC_THREADS, Permission.MESSAGE_SEND_IN_THREADS)) {
            privately(event, CANNOT);
            return;
        }
        Message answerMessage = event.getMessage();
        Turn opening = recent.byAnswerId(answerId)
                .map(g -> new Turn(g.question(), g.answer().answer()))
                .orElseGet(() -> new Turn("", DiscordMarkdown.answerText(answerMessage.getContentRaw())));
        String name = ThreadConversations.threadName(opening.question().isBlank() ? "Follow-up questions" : opening.question());
        event.deferReply(true).queue();
        answerMessage.createThreadChannel(name).queue(thread -> {
            memory.add(thread.getIdLong(), opening.question().isBlank() ? new Turn(name, opening.answer()) : opening);
            thread.sendMessage(SafeMessages.create(FOLLOW_UPS_HERE)).queue(null,
                    e -> log.warn("could not post in the new thread {}: {}", thread.getId(), e.toString()));
            event.getHook().editOriginal(SafeMessages.edit("Ask your follow-ups in <#" + thread.getId() + ">.")).queue();
        }, e -> {
            boolean exists = e instanceof ErrorResponseException r
                    && r.getErrorResponse() == ErrorResponse.THREAD_WITH_THIS_MESSAGE_ALREADY_EXISTS;
            String text = exists ? "This answer already has a thread: <#" + answerMessage.getId() + ">."
                    : "Sorry, I could not start a thread here.";
            if (!exists) {
                log.warn("could not start a thread from answer {}: {}", answerId, e.toString());
            }
            event.getHook().editOriginal(SafeMessages.edit(text)).queue();
        });
    }

    private static void privately(ButtonInteractionEvent event, String text) {
        event.reply(SafeMessages.create(text)).setEphemeral(true).queue();
    }
}
