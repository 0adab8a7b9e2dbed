package newsdesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessAndMentionTest {

    @Test
    void emptyAllowListsAllowEverywhere() {
        assertThat(new AccessPolicy(Set.of(), Set.of()).allows(1, 2, 0)).isTrue();
    }

    @Test
    void onlyListedGuildsAndChannelsAndThreadsInThoseChannels() {
        AccessPolicy policy = new AccessPolicy(Set.of(1L), Set.of(10L));
        assertThat(policy.allows(1, 10, 0)).isTrue();
        assertThat(policy.allows(1, 99, 10)).as("a thread of an allowed channel").isTrue();
        assertThat(policy.allows(1, 11, 0)).isFalse();
        assertThat(policy.allows(2, 10, 0)).isFalse();
    }

    @Test
    void theBotIsAddressedByItsUserOrItsManagedRoleButNotByEveryone() {
        BotMention mention = new BotMention(42, 77);
        assertThat(mention.in("<@42> hi")).isTrue();
        assertThat(mention.in("<@!42> hi")).isTrue();
        assertThat(mention.in("<@&77> hi")).isTrue();
        assertThat(mention.in("@everyone hi")).isFalse();
        assertThat(mention.in("<@421> hi")).isFalse();
        assertThat(new BotMention(42, 0).in("<@&0> hi")).isFalse();
    }

    @Test
    void theQuestionLosesTheMentionsOfTheBotOnly() {
        BotMention mention = new BotMention(42, 77);
        assertThat(mention.strip("<@42>, how many died?")).isEqualTo("how many died?");
        assertThat(mention.strip("so <@!42> who   won? <@&77>")).isEqualTo("so who won?");
        assertThat(mention.strip("<@42> ask <@5> about it")).isEqualTo("ask <@5> about it");
        assertThat(mention.strip("<@42>")).isEmpty();
    }
}
