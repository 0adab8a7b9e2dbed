package newsdesk.discord;

import java.util.List;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * What the bot sends for one answer or notice: the text in one or more messages (each within Discord's limit), and
 * the embeds, buttons and files that go with the last of them.
 */
record Reply(List<String> texts, List<MessageEmbed> embeds, List<Button> buttons, List<SlashReply.File> files) {
    Reply {
        texts = List.copyOf(texts);
        embeds = List.copyOf(embeds);
        buttons = List.copyOf(buttons);
        files = List.copyOf(files);
    }

    Reply(List<String> texts, List<MessageEmbed> embeds, List<Button> buttons) {
        this(texts, embeds, buttons, List.of());
    }

    static Reply text(String text) {
        return new Reply(List.of(text), List.of(), List.of());
    }

    static Reply texts(List<String> texts) {
        return new Reply(texts, List.of(), List.of());
    }

    Reply withButtons(List<Button> more) {
        return new Reply(texts, embeds, more, files);
    }

    Reply withFiles(List<SlashReply.File> attached) {
        return new Reply(texts, embeds, buttons, attached);
    }

    List<SlashReply.File> filesOf(int i) {
        return isLast(i) ? files : List.of();
    }

    boolean isLast(int i) {
        return i == texts.size() - 1;
    }

    List<MessageEmbed> embedsOf(int i) {
        return isLast(i) ? embeds : List.of();
    }

    List<Button> buttonsOf(int i) {
        return isLast(i) ? buttons : List.of();
    }
}
