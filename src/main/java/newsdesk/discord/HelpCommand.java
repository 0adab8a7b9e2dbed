package newsdesk.discord;

import java.util.List;
import java.util.function.Supplier;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /help}: one short message, to the asker only. */
final class HelpCommand implements SlashCommandHandler {
    static final String NAME = "help";

    private final Supplier<List<SlashCommandHandler>> commands;

    HelpCommand(Supplier<List<SlashCommandHandler>> commands) {
        this.commands = commands;
    }

    @Override
    public SlashCommandData definition() {
        return Commands.slash(NAME, "How to use Newsdesk");
    }

    @Override
    public String helpLine() {
        return "`/help` — this message";
    }

    @Override
    public boolean worksWhereOff() {
        return true;
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        event.reply(SafeMessages.create(text())).setEphemeral(true).queue();
    }

    String text() {
        StringBuilder text = new StringBuilder(
                "**Newsdesk** answers questions from the stored news articles and numbers each claim [n] with its source.\n");
        for (SlashCommandHandler command : commands.get()) {
            text.append("• ").append(command.helpLine()).append('\n');
        }
        text.append("• Mention me with a question: I answer in a thread, where questions need no mention. "
                + "Reply to one of my answers to follow it up.");
        return text.toString();
    }
}
