package newsdesk.discord;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import newsdesk.answer.Question;
import newsdesk.answer.Turn;

/**
 * "Ask Newsdesk about this" in a message's Apps menu: the message's text is the question, answered for the channel to
 * see. On one of the bot's own answers, that answer is the conversation's context.
 */
final class AskMessageMenu implements MessageMenu {
    static final String NAME = "Ask Newsdesk about this";
    static final String NO_TEXT = "That message has no text to ask about.";

    private final Answering answering;
    private final AnswerWorkers workers;
    private final RateLimits limits;
    private final Replies replies;
    private final int maxQuestionChars;

    AskMessageMenu(Answering answering, AnswerWorkers workers, RateLimits limits, Replies replies, int maxQuestionChars) {
        this.answering = answering;
        this.workers = workers;
        this.limits = limits;
        this.replies = replies;
        this.maxQuestionChars = maxQuestionChars;
    }

    @Override
    public CommandData definition() {
        return Commands.message(NAME);
    }

    @Override
    public void handle(MessageContextInteractionEvent event) {
        Message m = event.getTarget();
        long selfId = event.getJDA().getSelfUser().getIdLong();
        Role botRole = event.getGuild() == null ? null : event.getGuild().getBotRole();
        String text = new BotMention(selfId, botRole == null ? 0 : botRole.getIdLong()).strip(m.getContentRaw());
        boolean ownAnswer = m.getAuthor().getIdLong() == selfId;
        if (text.isBlank()) {
            event.reply(SafeMessages.create(NO_TEXT)).setEphemeral(true).queue();
            return;
        }
        long guildId = event.getGuild() == null ? 0 : event.getGuild().getIdLong();
        Optional<Duration> wait = limits.tryAcquire(event.getUser().getIdLong(), guildId);
        if (wait.isPresent()) {
            event.reply(SafeMessages.create(RateLimits.slowDown(wait.get()))).setEphemeral(true).queue();
            return;
        }
        Answering.Asker asker = new Answering.Asker(guildId, event.getChannelIdLong(), event.getUser().getIdLong());
        String question = DiscordMarkdown.truncate(DiscordMarkdown.oneLine(text), maxQuestionChars);
        Deferral.run(event, false, workers, target -> {
            List<Turn> history = ownAnswer ? List.of(replies.turnOf(m)) : List.of();
            answering.answerInto(new Question(question, history), asker, target);
        });
    }
}
