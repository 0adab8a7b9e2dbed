package newsdesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressingTest {
    private static final BotMention BOT = new BotMention(42, 43);
    private static final long SOMEONE = 77;

    @Test
    void aMentionAlwaysAsksEvenAsKeywords() {
        assertThat(Addressing.of("<@42> port strike", BOT, 0, false)).isEqualTo(Addressing.MENTIONED);
        assertThat(Addressing.of("<@&43> port strike", BOT, 0, false)).isEqualTo(Addressing.MENTIONED);
    }

    @Test
    void aReplyToTheBotAsksWhenItIsAQuestionOrRequest() {
        assertThat(Addressing.of("and the second site?", BOT, 42, false)).isEqualTo(Addressing.REPLIED_TO);
        assertThat(Addressing.of("more details please", BOT, 42, false)).isEqualTo(Addressing.REPLIED_TO);
        assertThat(Addressing.of("thanks!", BOT, 42, false)).isEqualTo(Addressing.NOT_ADDRESSED);
    }

    @Test
    void inItsOwnThreadQuestionsAskUnlessMeantForSomeoneElse() {
        assertThat(Addressing.of("When did it end?", BOT, 0, true)).isEqualTo(Addressing.FOLLOW_UP);
        assertThat(Addressing.of("<@77> can you check this later?", BOT, 0, true)).isEqualTo(Addressing.NOT_ADDRESSED);
        assertThat(Addressing.of("<@&9> who is on shift?", BOT, 0, true)).isEqualTo(Addressing.NOT_ADDRESSED);
        assertThat(Addressing.of("@here who is on shift?", BOT, 0, true)).isEqualTo(Addressing.NOT_ADDRESSED);
        assertThat(Addressing.of("do you agree?", BOT, SOMEONE, true)).isEqualTo(Addressing.NOT_ADDRESSED);
        assertThat(Addressing.of("thanks, that helps!", BOT, 0, true)).isEqualTo(Addressing.NOT_ADDRESSED);
    }

    @Test
    void elsewhereAQuestionWithoutAMentionOrReplyIsNotForTheBot() {
        assertThat(Addressing.of("When did it end?", BOT, 0, false)).isEqualTo(Addressing.NOT_ADDRESSED);
    }
}
