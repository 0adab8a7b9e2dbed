package newsdesk.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageHistory;
import net.dv8tion.jda.api.entities.MessageType;
import net.dv8tion.jda.api.entities.SelfUser;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.unions.GuildMessageChannelUnion;
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

/**
 * The decisions of {@link ThreadConversations} with mocked JDA entities: who is answered, where, with what context.
 * The end-to-end suites check the same behaviour through the real JDA client.
 */
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
    private final ChannelSettings settings = ChannelSettings.inMemory();
    private final AtomicLong ids = new AtomicLong(5000);

    private final Guild guild = mock(Guild.class);
    private final JDA jda = mock(JDA.class);
    private final net.dv8tion.jda.api.entities.SelfMember selfMember = mock(net.dv8tion.jda.api.entities.SelfMember.class);
    private final AtomicBoolean mayThread = new AtomicBoolean(true);
    private final MessageChannelUnion channel = mock(MessageChannelUnion.class);
    private final GuildMessageChannelUnion guildChannel = mock(GuildMessageChannelUnion.class,
            withSettings().extraInterfaces(TextChannel.class));
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
        when(guild.getSelfMember()).thenReturn(selfMember);
        when(selfMember.hasPermission(any(GuildChannel.class), any(Permission[].class)))
                .thenAnswer(call -> mayThread.get());
        when(channel.getIdLong()).thenReturn(CHANNEL);
        when(channel.getId()).thenReturn(String.valueOf(CHANNEL));
        when(guildChannel.getId()).thenReturn(String.valueOf(CHANNEL));
        when(channel.sendMessage(any(MessageCreateData.class))).thenAnswer(call -> recorded(sentInChannel, call.getArgument(0)));
        when(thread.getIdLong()).thenReturn(THREAD);
        when(thread.getId()).thenReturn(String.valueOf(THREAD));
        when(thread.getOwnerIdLong()).thenReturn(SELF);
        IThreadContainerUnion parent = mock(IThreadContainerUnion.class);
        when(parent.getIdLong()).thenReturn(CHANNEL);
        when(thread.getParentChannel()).thenReturn(parent);
        when(thread.sendMessage(any(MessageCreateData.class))).thenAnswer(call -> recorded(sentInThread, call.getArgument(0)));
        when(thread.sendTyping()).thenReturn(typingAction);
        when(channel.sendTyping()).thenReturn(typingAction);
        when(typingAction.submit()).thenReturn(CompletableFuture.completedFuture(null));
    }

    @AfterEach
    void stop() {
        workers.close();
        typing.shutdownNow();
    }

    private ThreadConversations conversations(Set<Long> allowedChannels, int perUser) {
        RecentAnswers recent = new RecentAnswers(clock);
        FeedbackButtons feedback = new FeedbackButtons(f -> { }, Runnable::run, recent, clock);
        AnswerButtons buttons = new AnswerButtons(feedback, new ContinueInThread(new ThreadMemory(clock), recent), recent);
        Answering answering = new Answering(answerer, buttons, recent, newsdesk.state.QuestionLog.none(), false, clock);
        return new ThreadConversations(answering, workers, new RateLimits(perUser, 100, clock), new ThreadMemory(clock),
                new AccessPolicy(Set.of(), allowedChannels), new ChannelModes(settings, ChannelMode.THREADS),
                new Notices(clock), new Replies(recent, newsdesk.state.QuestionLog.none()), typing);
    }

    private ThreadConversations conversations() {
        return conversations(Set.of(), 10);
    }

    @Test
    void aMentionStartsAThreadNamedAfterTheQuestionAndIsAnsweredThereWithTyping() {
        Message message = message("<@42> how many hostages died?");
        startsThread(message);

        conversations().onMessage(inChannel(message, user(5, false)));
        Idle.await(workers);

        verify(message).createThreadChannel("how many hostages died?");
        assertThat(answerer.questions).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("how many hostages died?");
            assertThat(q.history()).isEmpty();
        });
        assertThat(answerer.threads.get(0)).startsWith("newsdesk-answer-");
        assertThat(sentInThread).singleElement().satisfies(m -> {
            assertThat(m.getContent()).isEqualTo(FactsAnswerer.HOSTAGES);
            assertThat(m.getEmbeds()).hasSize(1);
            assertThat(m.getAllowedMentions()).isEmpty();
        });
        verify(thread).sendTyping();
        verify(thread, never()).getHistory();
    }

    @Test
    void inTheBotsThreadAQuestionNeedsNoMentionAndIsAskedWithTheThreadsTurns() {
        Message first = message("<@42> how many hostages died?");
        startsThread(first);
        ThreadConversations conversations = conversations();
        conversations.onMessage(inChannel(first, user(5, false)));
        Idle.await(workers);
        conversations.onMessage(inThread(message("When did it end?"), user(6, false)));
        Idle.await(workers);

        assertThat(answerer.questions).hasSize(2);
        assertThat(answerer.questions.get(1).text()).isEqualTo("When did it end?");
        assertThat(answerer.questions.get(1).history())
                .containsExactly(new Turn("how many hostages died?", FactsAnswerer.HOSTAGES));
        assertThat(sentInThread).hasSize(2);
        assertThat(sentInThread.get(1).getContent()).isEqualTo(FactsAnswerer.ENDED);
    }

    @Test
    void inTheBotsThreadChatterAndMessagesForSomeoneElseGetNoReplyAtAll() {
        ThreadConversations conversations = conversations();
        for (String chatter : List.of("thanks, that helps!", "<@77> can you check this later?", "great",
                "@here meeting at 3?")) {
            conversations.onMessage(inThread(message(chatter), user(6, false)));
        }
        Message replyToAPerson = message("do you agree?");
        Message theirs = message("I think it was 23");
        User theirsAuthor = user(77, false);
        when(theirs.getAuthor()).thenReturn(theirsAuthor);
        when(replyToAPerson.getReferencedMessage()).thenReturn(theirs);
        conversations.onMessage(inThread(replyToAPerson, user(6, false)));
        Idle.await(workers);

        assertThat(answerer.questions).isEmpty();
        assertThat(sentInThread).isEmpty();
        assertThat(repliesToMessages).isEmpty();
    }

    @Test
    void inSomeoneElsesThreadOnlyAMentionIsAnsweredAndTheThreadDoesNotBecomeTheBots() {
        when(thread.getOwnerIdLong()).thenReturn(99L);
        noHistory();
        ThreadConversations conversations = conversations();
        conversations.onMessage(inThread(message("When did it end?"), user(6, false)));
        Idle.await(workers);
        assertThat(answerer.questions).isEmpty();

        conversations.onMessage(inThread(message("<@42> how many hostages died?"), user(6, false)));
        Idle.await(workers);
        conversations.onMessage(inThread(message("and when did it end?"), user(6, false)));
        Idle.await(workers);

        assertThat(answerer.questions).extracting(q -> q.text()).containsExactly("how many hostages died?");
        assertThat(repliesToMessages).as("the answer is attached to the question that asked it")
                .singleElement().satisfies(m -> assertThat(m.getContent()).isEqualTo(FactsAnswerer.HOSTAGES));
    }

    @Test
    void aReplyToAnAnswerIsAFollowUpAskedWithThatAnswer() {
        Message first = message("<@42> how many hostages died?");
        mayThread.set(false);
        ThreadConversations conversations = conversations();
        conversations.onMessage(inChannel(first, user(5, false)));
        Idle.await(workers);
        Message answer = message(FactsAnswerer.HOSTAGES);
        when(answer.getIdLong()).thenReturn(ids.get());
        User answerAuthor = user(SELF, true);
        when(answer.getAuthor()).thenReturn(answerAuthor);
        Message followUp = message("when did it end");
        when(followUp.getReferencedMessage()).thenReturn(answer);

        conversations.onMessage(inChannel(followUp, user(6, false)));
        Idle.await(workers);

        assertThat(answerer.questions).hasSize(2);
        assertThat(answerer.questions.get(1).history())
                .containsExactly(new Turn("how many hostages died?", FactsAnswerer.HOSTAGES));
    }

    @Test
    void aThreadTheBotNoLongerHoldsIsReadBackFromItsHistory() {
        Message starter = message("<@42> how many hostages died?");
        User starterAuthor = user(5, false);
        when(starter.getAuthor()).thenReturn(starterAuthor);
        RestAction<Message> parentMessage = restAction(starter);
        when(thread.retrieveParentMessage()).thenReturn(parentMessage);
        Message answer = message(FactsAnswerer.HOSTAGES + "\n\n*answered offline*");
        User answerAuthor = user(SELF, true);
        when(answer.getAuthor()).thenReturn(answerAuthor);
        when(answer.getJDA()).thenReturn(jda);
        var buttons = net.dv8tion.jda.api.components.tree.MessageComponentTree.of(List.of(
                net.dv8tion.jda.api.components.actionrow.ActionRow.of(
                        net.dv8tion.jda.api.components.buttons.Button.secondary("fb:up:abcdefgh", "up"))));
        when(answer.getComponentTree()).thenReturn(buttons);
        Message chatter = message("thanks!");
        User chatterAuthor = user(6, false);
        when(chatter.getAuthor()).thenReturn(chatterAuthor);
        when(chatter.getJDA()).thenReturn(jda);
        when(chatter.getComponentTree()).thenReturn(net.dv8tion.jda.api.components.tree.MessageComponentTree.of(List.of()));
        Message now = message("When did it end?");
        User nowAuthor = user(6, false);
        when(now.getAuthor()).thenReturn(nowAuthor);
        when(now.getJDA()).thenReturn(jda);
        when(now.getComponentTree()).thenReturn(net.dv8tion.jda.api.components.tree.MessageComponentTree.of(List.of()));
        history(now, chatter, answer);

        conversations().onMessage(inThread(now, user(6, false)));
        Idle.await(workers);

        assertThat(answerer.questions).singleElement().satisfies(q -> assertThat(q.history()).containsExactly(
                new Turn("how many hostages died?", FactsAnswerer.HOSTAGES)));
    }

    @Test
    void botsWebhooksPlainChatAndEveryonePingsAreIgnored() {
        ThreadConversations conversations = conversations();
        conversations.onMessage(inChannel(message("<@42> hi from a bot"), user(7, true)));
        conversations.onMessage(inChannel(message("just chatting"), user(5, false)));
        conversations.onMessage(inChannel(message("what is going on?"), user(5, false)));
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
    void outsideTheAllowedChannelsAMentionGetsOnePoliteNoAMinute() {
        ThreadConversations conversations = conversations(Set.of(11L), 10);
        conversations.onMessage(inChannel(message("<@42> how many hostages died?"), user(5, false)));
        conversations.onMessage(inChannel(message("<@42> how many hostages died, then?"), user(5, false)));
        conversations.onMessage(inChannel(message("how many hostages died?"), user(5, false)));
        Idle.await(workers);
        clock.advance(Notices.EVERY);
        conversations.onMessage(inChannel(message("<@42> and now?"), user(5, false)));

        assertThat(answerer.questions).isEmpty();
        assertThat(repliesToMessages).hasSize(2).allSatisfy(m -> {
            assertThat(m.getContent()).isEqualTo(AccessPolicy.NOT_ENABLED);
            assertThat(m.isMentionRepliedUser()).isFalse();
        });
    }

    @Test
    void overTheRateLimitTheAskerGetsAShortNoteThatPingsNobody() {
        ThreadConversations conversations = conversations(Set.of(), 1);
        conversations.onMessage(inThread(message("<@42> how many hostages died?"), user(5, false)));
        conversations.onMessage(inThread(message("and then?"), user(5, false)));
        conversations.onMessage(inThread(message("and then, again?"), user(5, false)));
        Idle.await(workers);

        assertThat(answerer.questions).hasSize(1);
        assertThat(repliesToMessages).singleElement().satisfies(m -> {
            assertThat(m.getContent()).endsWith("try again in 60 s.");
            assertThat(m.getAllowedMentions()).isEmpty();
        });
    }

    @Test
    void withoutPermissionToPostInThreadsTheAnswerIsAReplyToTheQuestionNotAnEmptyThread() {
        mayThread.set(false);
        Message message = message("<@42> how many hostages died?");

        conversations().onMessage(inChannel(message, user(5, false)));
        Idle.await(workers);

        verify(message, never()).createThreadChannel(anyString());
        assertThat(repliesToMessages).singleElement()
                .satisfies(m -> assertThat(m.getContent()).isEqualTo(FactsAnswerer.HOSTAGES));
        assertThat(sentInChannel).isEmpty();
    }

    @Test
    void whenStartingTheThreadFailsTheAnswerIsAReplyToTheQuestion() {
        Message message = message("<@42> how many hostages died?");
        when(message.createThreadChannel(anyString())).thenThrow(new IllegalStateException("missing permission"));

        conversations().onMessage(inChannel(message, user(5, false)));
        Idle.await(workers);

        assertThat(repliesToMessages).singleElement()
                .satisfies(m -> assertThat(m.getContent()).isEqualTo(FactsAnswerer.HOSTAGES));
        assertThat(sentInChannel).isEmpty();
    }

    @Test
    void inMentionOnlyChannelsTheAnswerIsAReplyAndQuestionsInThreadsNeedAMention() {
        settings.setMode(GUILD, CHANNEL, ChannelMode.MENTION_ONLY, 0);
        Message message = message("<@42> how many hostages died?");
        ThreadConversations conversations = conversations();

        conversations.onMessage(inChannel(message, user(5, false)));
        conversations.onMessage(inThread(message("When did it end?"), user(6, false)));
        Idle.await(workers);

        verify(message, never()).createThreadChannel(anyString());
        assertThat(answerer.questions).extracting(q -> q.text()).containsExactly("how many hostages died?");
        assertThat(repliesToMessages).singleElement()
                .satisfies(m -> assertThat(m.getContent()).isEqualTo(FactsAnswerer.HOSTAGES));
    }

    @Test
    void inChannelsSwitchedOffTheBotIsSilent() {
        settings.setMode(GUILD, 0, ChannelMode.OFF, 0);
        ThreadConversations conversations = conversations();
        conversations.onMessage(inChannel(message("<@42> how many hostages died?"), user(5, false)));
        conversations.onMessage(inThread(message("When did it end?"), user(6, false)));
        Idle.await(workers);

        assertThat(answerer.questions).isEmpty();
        assertThat(repliesToMessages).isEmpty();
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

    private void startsThread(Message message) {
        ThreadChannelAction create = mock(ThreadChannelAction.class);
        when(message.createThreadChannel(anyString())).thenReturn(create);
        when(create.complete()).thenReturn(thread);
    }

    private void noHistory() {
        history();
    }

    @SuppressWarnings("unchecked")
    private void history(Message... newestFirst) {
        MessageHistory history = mock(MessageHistory.class);
        when(thread.getHistory()).thenReturn(history);
        RestAction<List<Message>> read = mock(RestAction.class);
        when(history.retrievePast(anyInt())).thenReturn(read);
        when(read.complete()).thenReturn(List.of(newestFirst));
    }

    @SuppressWarnings("unchecked")
    private static <T> RestAction<T> restAction(T value) {
        RestAction<T> action = mock(RestAction.class);
        when(action.complete()).thenReturn(value);
        return action;
    }

    private Message message(String content) {
        Message message = mock(Message.class);
        when(message.getContentRaw()).thenReturn(content);
        when(message.getType()).thenReturn(MessageType.DEFAULT);
        when(message.getChannel()).thenReturn(channel);
        when(message.getGuildChannel()).thenReturn(guildChannel);
        when(message.getGuild()).thenReturn(guild);
        var noButtons = net.dv8tion.jda.api.components.tree.MessageComponentTree.of(List.of());
        when(message.getComponentTree()).thenReturn(noButtons);
        when(message.reply(any(MessageCreateData.class))).thenAnswer(call -> recorded(repliesToMessages, call.getArgument(0)));
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
        when(message.getChannel()).thenReturn(union);
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

    private MessageCreateAction recorded(List<MessageCreateData> sent, MessageCreateData data) {
        sent.add(data);
        MessageCreateAction action = mock(MessageCreateAction.class, RETURNS_SELF);
        Message posted = mock(Message.class);
        when(posted.getIdLong()).thenReturn(ids.incrementAndGet());
        when(action.complete()).thenReturn(posted);
        return action;
    }
}
