package newsdesk.discord;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageType;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.attribute.IThreadContainer;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import newsdesk.answer.Question;
import newsdesk.answer.Turn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Questions put to the bot in messages ({@link Addressing}): a mention or a reply to one of its answers, and in a
 * thread the bot started, any question or request. In the {@code threads} mode a question in a channel is answered
 * in a thread started from it (or, where the bot may not start threads or post in them, in a reply); in
 * {@code mention-only} it is answered in a reply; {@code off} is silence. A thread's earlier turns go with each
 * question as context, read back from the thread when the bot no longer holds them.
 */
final class ThreadConversations {
    private static final Logger log = LoggerFactory.getLogger(ThreadConversations.class);
    static final String EMPTY_QUESTION = "Ask me a question after the mention, e.g. “what's new today?”";
    private static final int THREAD_NAME_LIMIT = 90;

    private final Answering answering;
    private final AnswerWorkers workers;
    private final RateLimits limits;
    private final ThreadMemory memory;
    private final AccessPolicy access;
    private final ChannelModes modes;
    private final Notices notices;
    private final Replies replies;
    private final ScheduledExecutorService typing;

    ThreadConversations(Answering answering, AnswerWorkers workers, RateLimits limits, ThreadMemory memory,
                        AccessPolicy access, ChannelModes modes, Notices notices, Replies replies,
                        ScheduledExecutorService typing) {
        this.answering = answering;
        this.workers = workers;
        this.limits = limits;
        this.memory = memory;
        this.access = access;
        this.modes = modes;
        this.notices = notices;
        this.replies = replies;
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
        ThreadChannel thread = event.getChannelType().isThread() ? event.getChannel().asThreadChannel() : null;
        boolean ownThread = thread != null && thread.getOwnerIdLong() == selfId;
        Message repliedTo = message.getReferencedMessage();
        Addressing addressing = Addressing.of(raw, mention, repliedTo == null ? 0 : repliedTo.getAuthor().getIdLong(),
                ownThread);
        if (!addressing.asked()) {
            return;
        }
        long parentId = thread == null ? 0 : thread.getParentChannel().getIdLong();
        ChannelMode mode = modes.of(guild.getIdLong(), parentId != 0 ? parentId : event.getChannel().getIdLong());
        if (mode == ChannelMode.OFF || (mode == ChannelMode.MENTION_ONLY && addressing == Addressing.FOLLOW_UP)) {
            return;
        }
        if (!access.allows(guild.getIdLong(), event.getChannel().getIdLong(), parentId)) {
            if (addressing == Addressing.MENTIONED) {
                notice(message, author, "not-enabled", AccessPolicy.NOT_ENABLED);
            }
            return;
        }
        String question = mention.strip(raw);
        if (question.isEmpty()) {
            notice(message, author, "empty", EMPTY_QUESTION);
            return;
        }
        Optional<Duration> wait = limits.tryAcquire(author.getIdLong(), guild.getIdLong());
        if (wait.isPresent()) {
            notice(message, author, "slow-down", RateLimits.slowDown(wait.get()));
            return;
        }
        Answering.Asker asker = new Answering.Asker(guild.getIdLong(), event.getChannel().getIdLong(), author.getIdLong());
        Message answered = addressing == Addressing.REPLIED_TO ? repliedTo : null;
        boolean inThreads = mode == ChannelMode.THREADS;
        if (!workers.trySubmit(() -> answer(message, thread, ownThread, question, answered, inThreads, mention, asker),
                () -> notice(message, author, "stopping", EventRouter.STOPPING))) {
            notice(message, author, "busy", AnswerWorkers.BUSY);
        }
    }

    private void answer(Message message, ThreadChannel askedIn, boolean ownThread, String question, Message answered,
                        boolean inThreads, BotMention mention, Answering.Asker asker) {
        MessageChannel channel;
        Message replyTo = null;
        List<Turn> history;
        if (askedIn != null) {
            channel = askedIn;
            history = memory.turns(askedIn.getIdLong()).orElseGet(() -> {
                List<Turn> read = ThreadHistory.read(askedIn, mention);
                memory.remember(askedIn.getIdLong(), read);
                return read;
            });
            if (!ownThread) {
                replyTo = message; // in someone else's thread, the answer stays attached to its question
            }
        } else {
            history = answered == null ? List.of() : List.of(replies.turnOf(answered));
            ThreadChannel started = inThreads ? startThread(message, question) : null;
            if (started != null) {
                channel = started;
                memory.remember(started.getIdLong(), history);
            } else {
                channel = message.getChannel();
                replyTo = message;
            }
        }
        boolean inThread = channel instanceof ThreadChannel;
        long threadId = channel.getIdLong();
        answering.answerInto(new Question(question, history), asker, new ChannelReplyTarget(channel, replyTo, typing),
                false, answer -> {
                    if (inThread) {
                        memory.add(threadId, new Turn(question, answer.answer()));
                    }
                });
    }

    /**
     * A thread named after the question, or null where the bot may not start one or post in it (then the answer is a
     * reply to the question, never an empty thread).
     */
    private static ThreadChannel startThread(Message message, String question) {
        GuildMessageChannel channel = message.getGuildChannel();
        if (!(channel instanceof IThreadContainer) || !message.getGuild().getSelfMember().hasPermission(channel,
                Permission.CREATE_PUBLIC_THREADS, Permission.MESSAGE_SEND_IN_THREADS)) {
            log.debug("no thread in channel {}: missing Create Public Threads or Send Messages in Threads; replying",
                    channel.getId());
            return null;
        }
        try {
            return message.createThreadChannel(threadName(question)).complete();
        } catch (RuntimeException e) {
            log.warn("could not start a thread in channel {} ({}); replying in the channel", channel.getId(), e.toString());
            return null;
        }
    }

    static String threadName(String question) {
        String name = DiscordMarkdown.withoutMentions(DiscordMarkdown.truncate(DiscordMarkdown.oneLine(question), THREAD_NAME_LIMIT));
        return name.isBlank() ? "Newsdesk answer" : name;
    }

    /** A short notice attached to the message, pinging nobody, at most once a minute per kind and person. */
    private void notice(Message message, User author, String kind, String text) {
        if (!notices.mayPost(kind, author.getIdLong(), message.getChannel().getIdLong())) {
            return;
        }
        message.reply(SafeMessages.create(text)).mentionRepliedUser(false).failOnInvalidReply(false)
                .queue(null, e -> log.warn("could not reply in channel {}: {}", message.getChannel().getId(), e.toString()));
    }
}
