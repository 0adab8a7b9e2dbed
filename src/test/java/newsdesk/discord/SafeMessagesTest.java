package newsdesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;

class SafeMessagesTest {

    @Test
    void newMessagesMentionNobodyAndShowNoPreviews() {
        MessageCreateData data = SafeMessages.create("@everyone <@1> look", List.of(Button.secondary("fb:up:x", "Helpful")));
        assertThat(data.getAllowedMentions()).isEmpty();
        assertThat(data.isMentionRepliedUser()).isFalse();
        assertThat(data.isSuppressEmbeds()).isTrue();
        assertThat(data.getComponents()).hasSize(1);
        DataObject json = data.toData();
        assertThat(json.getObject("allowed_mentions").getArray("parse").length()).isZero();
    }

    @Test
    void editsStateTheirAllowedMentionsToo() {
        MessageEditData data = SafeMessages.edit("text");
        assertThat(data.getAllowedMentions()).isEmpty();
        DataObject json = data.toData();
        assertThat(json.hasKey("allowed_mentions")).isTrue();
        assertThat(json.getObject("allowed_mentions").getArray("parse").length()).isZero();
        assertThat(json.getObject("allowed_mentions").getBoolean("replied_user")).isFalse();
    }

    @Test
    void aMessageWithOurEmbedsStillMentionsNobodyButDoesNotHideThem() {
        var embed = new net.dv8tion.jda.api.EmbedBuilder().setTitle("[1] Title", "https://news.example/a").build();
        MessageCreateData created = SafeMessages.create("Answer [1].", List.of(embed), List.of());
        MessageEditData edited = SafeMessages.edit("Answer [1].", List.of(embed), List.of());
        assertThat(created.isSuppressEmbeds()).isFalse();
        assertThat(created.getEmbeds()).containsExactly(embed);
        assertThat(created.getAllowedMentions()).isEmpty();
        assertThat(edited.getEmbeds()).containsExactly(embed);
        assertThat(edited.getAllowedMentions()).isEmpty();
    }
}
