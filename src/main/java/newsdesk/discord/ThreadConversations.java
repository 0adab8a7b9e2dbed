package newsdesk.discord;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageType;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import newsdesk.answer.Question;
import newsdesk.answer.Turn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Questions asked by mentioning the bot, answered in a thread started from the question (or in the thread it was
 * asked in). In a thread the bot started or answered in, every message is a follow-up: no mention needed, and the
 * thread's earlier turns go with it as context.
 */
final class ThreadConversations {
    private static final Logger log = LoggerFactory.getLogger(ThreadConversations.class);
    static final String EMPTY_QUESTION = "Ask me a question after the mention, e.g. “what happened at In Amenas?”";
    private static final int THREAD_NAME_LIMIT = 90;

    private final Answering answering;
    private final AnswerWorkers workers;
    private final RateLimits limits;
    private final ThreadMemory memory;
    private final AccessPolicy access;
    private final ScheduledExecutorService typing;

    ThreadConversations(Answering answering, AnswerWorkers workers, RateLimits limits, ThreadMemory memory,
                        AccessPolicy access, ScheduledExecutorService typing) {
        this.answering = answering;
        this.workers = workers;
        this.limits = limits;
        this.memory = memory;
        this.access = access;
        this.typing = typing;
    }

    /** Runs on JDA's event thread: decides quickly, answers on the pool. */
    void onMessage(MessageReceivedEvent event) {
        if (!event.isFromGuild() || event.isWebhookMessage()) {
            return;
        }
        User author = event.getAuthor();
        Message message = event.getMessage();
        if (author.isBot() || author.isSystem()
                || (message.getType() != MessageType.DEFAULT && message.getType() != MessageType.INLINE_REPLY)) {
            return;
        }
        Guild guild = event.getGuild();
        long selfId = event.getJDA().getSelfUser().getIdLong();
        Role botRole = guild.getBotRole();
        BotMention mention = new BotMention(selfId, botRole == null ? 0 : botRole.getIdLong());
        String raw = message.getContentRaw();
        boolean mentioned = mention.in(raw);
        ThreadChannel thread = event.getChannelType().isThread() ? event.getChannel().asThreadChannel() : null;
        boolean followUp = thread != null && (memory.knows(thread.getIdLong()) || thread.getOwnerIdLong() == selfId);
        if (!mentioned && !followUp) {
            return;
        }
        long parentId = thread == null ? 0 : thread.getParentChannel().getIdLong();
        if (!access.allows(guild.getIdLong(), event.getChannel().getIdLong(), parentId)) {
            if (mentioned) {
                shortReply(message, thread, AccessPolicy.NOT_ENABLED);
            }
            return;
        }
        String question = mention.strip(raw);
        if (question.isEmpty()) {
            shortReply(message, thread, EMPTY_QUESTION);
            return;
        }
        Optional<Duration> wait = limits.tryAcquire(author.getIdLong(), guild.getIdLong());
        if (wait.isPresent()) {
            shortReply(message, thread, RateLimits.slowDown(wait.get()));
            return;
        }
        if (!workers.trySubmit(() -> answer(message, thread, question),
                () -> shortReply(message, thread, EventRouter.STOPPING))) {
            shortReply(message, thread, AnswerWorkers.BUSY);
        }
    }

    private void answer(Message message, ThreadChannel askedIn, String question) {
        MessageChannel channel = askedIn != null ? askedIn : startThread(message, question);
        boolean inThread = channel instanceof ThreadChannel;
        long threadId = channel.getIdLong();
        List<Turn> history = inThread ? memory.turns(threadId) : List.of();
        if (inThread) {
            memory.open(threadId);
        }
        answering.answerInto(new Question(question, history), new ChannelReplyTarget(channel, typing), answer -> {
            if (inThread) {
                memory.add(threadId, new Turn(question, answer.answer()));
            }
        });
    }

    /** A thread named after the question; without the permission to start one, the channel itself. */
    private MessageChannel startThread(Message message, String question) {
        try {
            return message.createThreadChannel(threadName(question)).complete();
        } catch (RuntimeException e) {
            log.warn("could not start a thread in channel {} ({}); answering in the channel",
                    message.getChannel().getId(), e.toString());
            return message.getChannel();
        }
    }

    static String threadName(String question) {
        String name = DiscordMarkdown.withoutMentions(DiscordMarkdown.truncate(DiscordMarkdown.oneLine(question), THREAD_NAME_LIMIT));
        return name.isBlank() ? "Newsdesk answer" : name;
    }

    /** A short notice where the question was asked, pinging nobody (not even the asker). */
    private static void shortReply(Message message, ThreadChannel thread, String text) {
        var action = thread != null ? thread.sendMessage(SafeMessages.create(text)) : message.reply(SafeMessages.create(text));
        action.queue(null, e -> log.warn("could not reply in channel {}: {}", message.getChannel().getId(), e.toString()));
    }
}
