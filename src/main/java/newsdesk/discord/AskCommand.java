package newsdesk.discord;

import java.time.Duration;
import java.util.Optional;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import newsdesk.answer.Question;

/** {@code /ask question:<text> [private:<bool>]}: a cited answer, deferred at once and made on the answer pool. */
final class AskCommand implements SlashCommandHandler {
    static final String NAME = "ask";

    private final Answering answering;
    private final AnswerWorkers workers;
    private final RateLimits limits;
    private final int maxQuestionChars;

    AskCommand(Answering answering, AnswerWorkers workers, RateLimits limits, int maxQuestionChars) {
        this.answering = answering;
        this.workers = workers;
        this.limits = limits;
        this.maxQuestionChars = maxQuestionChars;
    }

    @Override
    public SlashCommandData definition() {
        return Commands.slash(NAME, "Ask about the news; the answer cites its sources")
                .addOptions(new OptionData(OptionType.STRING, "question", "What you want to know", true)
                                .setMaxLength(Math.min(maxQuestionChars, OptionData.MAX_STRING_OPTION_LENGTH)),
                        new OptionData(OptionType.BOOLEAN, "private", "Show the answer to you only", false));
    }

    @Override
    public String helpLine() {
        return "`/ask question: [private:]` — a cited answer (`private:True`: only you see it)";
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        String question = Optional.ofNullable(event.getOption("question")).map(OptionMapping::getAsString).orElse("").strip();
        boolean ephemeral = Optional.ofNullable(event.getOption("private")).map(OptionMapping::getAsBoolean).orElse(false);
        if (question.isEmpty()) {
            event.reply(SafeMessages.create("Please ask a question, e.g. `/ask question: What's the latest?`"))
                    .setEphemeral(true).queue();
            return;
        }
        long guildId = event.getGuild() == null ? 0 : event.getGuild().getIdLong();
        Optional<Duration> wait = limits.tryAcquire(event.getUser().getIdLong(), guildId);
        if (wait.isPresent()) {
            event.reply(SafeMessages.create(RateLimits.slowDown(wait.get()))).setEphemeral(true).queue();
            return;
        }
        // a public answer outside a thread can go on in a thread of its own
        boolean offerThread = !ephemeral && !(event.getChannel() instanceof ThreadChannel);
        Answering.Asker asker = new Answering.Asker(guildId, event.getChannelIdLong(), event.getUser().getIdLong());
        Deferral.run(event, ephemeral, workers,
                target -> answering.answerInto(Question.of(question), asker, target, offerThread, a -> { }));
    }
}
