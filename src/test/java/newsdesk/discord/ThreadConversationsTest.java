package newsdesk.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageType;
import net.dv8tion.jda.api.entities.SelfUser;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.unions.IThreadContainerUnion;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.ThreadChannelAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import newsdesk.answer.Turn;
import newsdesk.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ThreadConversationsTest {
    private static final long SELF = 42;
    private static final long GUILD = 1;
    private static final long CHANNEL = 10;
    private static final long THREAD = 700;

    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T12:00:00Z"));
    private final AnswerWorkers workers = new AnswerWorkers(1, 4, Duration.ofSeconds(5));
    private final ScheduledExecutorService typing = Executors.newSingleThreadScheduledExecutor();
    private final RecordingAnswerer answerer = new RecordingAnswerer(q -> RecordingAnswerer.saying(
            q.history().isEmpty() ? FactsAnswerer.HOSTAGES : FactsAnswerer.ENDED).answer(q));

    private final Guild guild = mock(Guild.class);
    private final JDA jda = mock(JDA.class);
    private final MessageChannelUnion channel = mock(MessageChannelUnion.class);
    private final ThreadChannel thread = mock(ThreadChannel.class);
    private final List<MessageCreateData> sentInChannel = new CopyOnWriteArrayList<>();
    private final List<MessageCreateData> sentInThread = new CopyOnWriteArrayList<>();
    private final List<MessageCreateData> repliesToMessages = new CopyOnWriteArrayList<>();
    @SuppressWarnings("unchecked")
    private final RestAction<Void> typingAction = mock(RestAction.class);

    ThreadConversationsTest() {
        SelfUser self = mock(SelfUser.class);
        when(self.getIdLong()).thenReturn(SELF);
        when(jda.getSelfUser()).thenReturn(self);
        when(guild.getIdLong()).thenReturn(GUILD);
        when(channel.getIdLong()).thenReturn(CHANNEL);
        when(channel.getId()).thenReturn(String.valueOf(CHANNEL));
        when(channel.sendMessage(any(MessageCreateData.class))).thenAnswer(call -> recorded(sentInChannel, call.getArgument(0)));
        when(thread.getIdLong()).thenReturn(THREAD);
        when(thread.getOwnerIdLong()).thenReturn(SELF);
        IThreadContainerUnion parent = mock(IThreadContainerUnion.class);
        when(parent.getIdLong()).thenReturn(CHANNEL);
        when(thread.getParentChannel()).thenReturn(parent);
        when(thread.sendMessage(any(MessageCreateData.class))).thenAnswer(call -> recorded(sentInThread, call.getArgument(0)));
        when(thread.sendTyping()).thenReturn(typingAction);
        when(typingAction.submit()).thenReturn(CompletableFuture.completedFuture(null));
    }

    @AfterEach
    void stop() {
        workers.close();
        typing.shutdownNow();
    }

    private ThreadConversations conversations(Set<Long> allowedChannels, int perUser) {
        Answering answering = new Answering(answerer, new FeedbackButtons(f -> { }, Runnable::run, clock));
        return new ThreadConversations(answering, workers, new RateLimits(perUser, 100, clock), new ThreadMemory(clock),
                new AccessPolicy(Set.of(), allowedChannels), typing);
    }

    private ThreadConversations conversations() {
        return conversations(Set.of(), 10);
    }

    @Test
    void aMentionStartsAThreadNamedAfterTheQuestionAndIsAnsweredThereWithTyping() {
        Message message = message("<@42> how many hostages died?");
        ThreadChannelAction create = mock(ThreadChannelAction.class);
        when(message.createThreadChannel(anyString())).thenReturn(create);
        when(create.complete()).thenReturn(thread);

        conversations().onMessage(inChannel(message, user(5, false)));
        Idle.await(workers);

        verify(message).createThreadChannel("how many hostages died?");
        assertThat(answerer.questions).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("how many hostages died?");
            assertThat(q.history()).isEmpty();
        });
        assertThat(answerer.threads.get(0)).startsWith("newsdesk-answer-");
        assertThat(sentInThread).singleElement().satisfies(m -> {
            assertThat(m.getContent()).startsWith(FactsAnswerer.HOSTAGES);
            assertThat(m.getAllowedMentions()).isEmpty();
        });
        verify(thread).sendTyping();
    }

    @Test
    void inTheBotsThreadEveryMessageIsAFollowUpAskedWithTheThreadsTurns() {
        ThreadConversations conversations = conversations();
        conversations.onMessage(inThread(message("<@42> how many hostages died?"), user(5, false)));
        Idle.await(workers);
        conversations.onMessage(inThread(message("When did it end?"), user(6, false)));
        Idle.await(workers);

        assertThat(answerer.questions).hasSize(2);
        assertThat(answerer.questions.get(1).text()).isEqualTo("When did it end?");
        assertThat(answerer.questions.get(1).history())
                .containsExactly(new Turn("how many hostages died?", FactsAnswerer.HOSTAGES));
        assertThat(sentInThread).hasSize(2);
        assertThat(sentInThread.get(1).getContent()).startsWith(FactsAnswerer.ENDED);
    }

    @Test
    void aThreadTheBotNeitherStartedNorAnsweredInNeedsAMention() {
        when(thread.getOwnerIdLong()).thenReturn(99L);
        conversations().onMessage(inThread(message("When did it end?"), user(6, false)));
        Idle.await(workers);
        assertThat(answerer.questions).isEmpty();
    }

    @Test
    void botsWebhooksPlainChatAndEveryonePingsAreIgnored() {
        ThreadConversations conversations = conversations();
        conversations.onMessage(inChannel(message("<@42> hi from a bot"), user(7, true)));
        conversations.onMessage(inChannel(message("just chatting"), user(5, false)));
        conversations.onMessage(inChannel(message("@everyone news!"), user(5, false)));
        MessageReceivedEvent webhook = inChannel(message("<@42> from a webhook"), user(5, false));
        when(webhook.isWebhookMessage()).thenReturn(true);
        conversations.onMessage(webhook);
        Idle.await(workers);

        assertThat(answerer.questions).isEmpty();
        assertThat(sentInChannel).isEmpty();
        assertThat(repliesToMessages).isEmpty();
    }

    @Test
    void outsideTheAllowedChannelsAMentionGetsAPoliteNoAndChatGetsNothing() {
        ThreadConversations conversations = conversations(Set.of(11L), 10);
        conversations.onMessage(inChannel(message("<@42> how many hostages died?"), user(5, false)));
        conversations.onMessage(inChannel(message("how many hostages died?"), user(5, false)));
        Idle.await(workers);

        assertThat(answerer.questions).isEmpty();
        assertThat(repliesToMessages).singleElement().satisfies(m -> {
            assertThat(m.getContent()).isEqualTo(AccessPolicy.NOT_ENABLED);
            assertThat(m.isMentionRepliedUser()).isFalse();
        });
    }

    @Test
    void overTheRateLimitTheThreadGetsAShortNoteThatPingsNobody() {
        ThreadConversations conversations = conversations(Set.of(), 1);
        conversations.onMessage(inThread(message("<@42> how many hostages died?"), user(5, false)));
        conversations.onMessage(inThread(message("and then?"), user(5, false)));
        Idle.await(workers);

        assertThat(answerer.questions).hasSize(1);
        assertThat(sentInThread).anySatisfy(m -> {
            assertThat(m.getContent()).endsWith("try again in 60 s.");
            assertThat(m.getAllowedMentions()).isEmpty();
        });
    }

    @Test
    void withoutPermissionToStartAThreadTheAnswerGoesInTheChannel() {
        Message message = message("<@42> how many hostages died?");
        when(message.createThreadChannel(anyString())).thenThrow(new IllegalStateException("missing permission"));

        conversations().onMessage(inChannel(message, user(5, false)));
        Idle.await(workers);

        assertThat(sentInChannel).singleElement().satisfies(m -> assertThat(m.getContent()).startsWith(FactsAnswerer.HOSTAGES));
    }

    @Test
    void aMentionWithoutAQuestionGetsAnExample() {
        Message message = message("<@42>");
        conversations().onMessage(inChannel(message, user(5, false)));
        Idle.await(workers);
        verify(message, never()).createThreadChannel(anyString());
        assertThat(repliesToMessages).singleElement()
                .satisfies(m -> assertThat(m.getContent()).isEqualTo(ThreadConversations.EMPTY_QUESTION));
    }

    @Test
    void threadNamesAreOneLineShortAndPingFree() {
        assertThat(ThreadConversations.threadName("a\nb  @everyone")).isEqualTo("a b @\u200Beveryone");
        assertThat(ThreadConversations.threadName("x ".repeat(100)).length()).isLessThanOrEqualTo(90);
        verifyNoInteractions(guild);
    }

    private Message message(String content) {
        Message message = mock(Message.class);
        when(message.getContentRaw()).thenReturn(content);
        when(message.getType()).thenReturn(MessageType.DEFAULT);
        when(message.getChannel()).thenReturn(channel);
        MessageCreateAction reply = mock(MessageCreateAction.class, RETURNS_SELF);
        when(message.reply(any(MessageCreateData.class))).thenAnswer(call -> {
            repliesToMessages.add(call.getArgument(0));
            return reply;
        });
        return message;
    }

    private MessageReceivedEvent inChannel(Message message, User author) {
        MessageReceivedEvent event = event(message, author);
        when(event.getChannelType()).thenReturn(ChannelType.TEXT);
        when(event.getChannel()).thenReturn(channel);
        return event;
    }

    private MessageReceivedEvent inThread(Message message, User author) {
        MessageChannelUnion union = mock(MessageChannelUnion.class);
        when(union.asThreadChannel()).thenReturn(thread);
        when(union.getIdLong()).thenReturn(THREAD);
        MessageReceivedEvent event = event(message, author);
        when(event.getChannelType()).thenReturn(ChannelType.GUILD_PUBLIC_THREAD);
        when(event.getChannel()).thenReturn(union);
        return event;
    }

    private MessageReceivedEvent event(Message message, User author) {
        MessageReceivedEvent event = mock(MessageReceivedEvent.class);
        when(event.isFromGuild()).thenReturn(true);
        when(event.getAuthor()).thenReturn(author);
        when(event.getMessage()).thenReturn(message);
        when(event.getGuild()).thenReturn(guild);
        when(event.getJDA()).thenReturn(jda);
        return event;
    }

    private static User user(long id, boolean bot) {
        User user = mock(User.class);
        when(user.getIdLong()).thenReturn(id);
        when(user.isBot()).thenReturn(bot);
        return user;
    }

    private static MessageCreateAction recorded(List<MessageCreateData> sent, MessageCreateData data) {
        sent.add(data);
        return mock(MessageCreateAction.class, RETURNS_SELF);
    }
}
