package newsdesk.discord;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * {@code /add url:<link> file:<attachment>}: adds the page at a link, or an attached .md/.txt/.html/.json file, to
 * the stored articles. For admins; the receipt (added, updated, skipped and why) is seen only by whoever used it.
 */
final class AddCommand implements SlashCommandHandler {
    static final String NAME = "add";

    private final Adding adding;
    private final AnswerWorkers workers;
    private final Admins admins;

    AddCommand(Adding adding, AnswerWorkers workers, Admins admins) {
        this.adding = adding;
        this.workers = workers;
        this.admins = admins;
    }

    @Override
    public SlashCommandData definition() {
        return Commands.slash(NAME, "Add an article: the page at a link, or an attached file")
                .addOptions(new OptionData(OptionType.STRING, "url", "A link to a news page", false).setMaxLength(2000),
                        new OptionData(OptionType.ATTACHMENT, "file", "A .md, .txt, .html or .json file", false))
                .setDefaultPermissions(admins.defaultPermissions());
    }

    @Override
    public String helpLine() {
        return "`/add url: file:` — add an article from a link or a file (admins)";
    }

    @Override
    public boolean worksWhereOff() {
        return true;
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        if (!admins.admit(event)) {
            return;
        }
        OptionMapping url = event.getOption("url");
        OptionMapping file = event.getOption("file");
        if (url == null && file == null) {
            event.reply(SafeMessages.create("Give a link (`url:`) or attach a file (`file:`).")).setEphemeral(true).queue();
            return;
        }
        String link = url == null ? null : url.getAsString();
        Message.Attachment attachment = file == null ? null : file.getAsAttachment();
        Deferral.run(event, true, workers, target -> {
            List<String> lines = new ArrayList<>();
            if (link != null) {
                lines.add(adding.url(link));
            }
            if (attachment != null) {
                lines.add(adding.attachment(new Adding.Attachment(attachment.getFileName(), attachment.getSize(),
                        attachment.getUrl())));
            }
            target.send(MessageSplitter.split(String.join("\n", lines), AnswerRendering.MESSAGE_LIMIT), List.of());
        });
    }
}
