package newsdesk.discord;

import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message.MentionType;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Every message the bot sends is built here: it mentions nobody (whatever the text says) and shows no link previews.
 * Edits state it too: an edit that leaves allowed mentions out would fall back to Discord's default.
 */
final class SafeMessages {
    static final EnumSet<MentionType> NO_MENTIONS = EnumSet.noneOf(MentionType.class);

    private SafeMessages() {
    }

    static MessageCreateData create(String content) {
        return create(content, List.of());
    }

    static MessageCreateData create(String content, List<Button> buttons) {
        return create(content, List.of(), buttons, List.of());
    }

    static MessageCreateData create(String content, List<MessageEmbed> embeds, List<Button> buttons) {
        return create(content, embeds, buttons, List.of());
    }

    /** With embeds of our own, link previews cannot be suppressed by the message flag (it hides ours too). */
    static MessageCreateData create(String content, List<MessageEmbed> embeds, List<Button> buttons,
                                    List<SlashReply.File> files) {
        MessageCreateBuilder b = new MessageCreateBuilder()
                .setContent(content)
                .setAllowedMentions(NO_MENTIONS)
                .mentionRepliedUser(false)
                .setSuppressEmbeds(embeds.isEmpty())
                .setEmbeds(embeds);
        if (!buttons.isEmpty()) {
            b.setComponents(ActionRow.of(buttons));
        }
        if (!files.isEmpty()) {
            b.setFiles(uploads(files));
        }
        return b.build();
    }

    static MessageEditData edit(String content) {
        return edit(content, List.of());
    }

    static MessageEditData edit(String content, List<Button> buttons) {
        return edit(content, List.of(), buttons, List.of());
    }

    static MessageEditData edit(String content, List<MessageEmbed> embeds, List<Button> buttons) {
        return edit(content, embeds, buttons, List.of());
    }

    static MessageEditData edit(String content, List<MessageEmbed> embeds, List<Button> buttons,
                                List<SlashReply.File> files) {
        MessageEditBuilder b = new MessageEditBuilder()
                .setContent(content)
                .setAllowedMentions(NO_MENTIONS)
                .mentionRepliedUser(false)
                .setSuppressEmbeds(embeds.isEmpty())
                .setEmbeds(embeds)
                .setComponents(buttons.isEmpty() ? List.of() : List.of(ActionRow.of(buttons)));
        if (!files.isEmpty()) {
            b.setFiles(uploads(files));
        }
        return b.build();
    }

    private static List<FileUpload> uploads(List<SlashReply.File> files) {
        return files.stream().map(f -> FileUpload.fromData(f.content(), f.name())).toList();
    }
}
