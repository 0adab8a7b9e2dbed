package newsdesk.discord;

import java.util.List;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;

/** "Add to Newsdesk" in a message's Apps menu: the links, article files and text of the message, for admins. */
final class AddMessageMenu implements MessageMenu {
    static final String NAME = "Add to Newsdesk";

    private final Adding adding;
    private final AnswerWorkers workers;
    private final Admins admins;

    AddMessageMenu(Adding adding, AnswerWorkers workers, Admins admins) {
        this.adding = adding;
        this.workers = workers;
        this.admins = admins;
    }

    @Override
    public CommandData definition() {
        return Commands.message(NAME).setDefaultPermissions(admins.defaultPermissions());
    }

    @Override
    public boolean worksWhereOff() {
        return true;
    }

    @Override
    public void handle(MessageContextInteractionEvent event) {
        if (!admins.admit(event)) {
            return;
        }
        Message m = event.getTarget();
        Adding.PostedMessage posted = new Adding.PostedMessage(m.getId(), m.getContentRaw(),
                m.getAttachments().stream().map(a -> new Adding.Attachment(a.getFileName(), a.getSize(), a.getUrl())).toList(),
                m.getJumpUrl(), m.getTimeCreated().toInstant().toString(), m.getChannel().getName());
        Deferral.run(event, true, workers,
                target -> target.send(MessageSplitter.split(adding.message(posted), AnswerRendering.MESSAGE_LIMIT), List.of()));
    }
}
