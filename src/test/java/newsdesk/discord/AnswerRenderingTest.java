package newsdesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;
import newsdesk.answer.Answer;
import newsdesk.answer.Citation;
import org.junit.jupiter.api.Test;

class AnswerRenderingTest {
    private static final Citation HOSTAGES = new Citation(1, "in-amenas", "Hostage crisis ends in Algeria",
            "Example News", "2013-01-19T18:00:00Z", "https://news.example/in-amenas",
            "At least 23 hostages died, the government said.");

    @Test
    void theAnswerTextStaysInContentAndEachSourceIsALinkedEmbed() {
        Reply reply = AnswerRendering.render(answer("At least 23 hostages died [1].", false, List.of(HOSTAGES), null));

        assertThat(reply.texts()).containsExactly("At least 23 hostages died [1].");
        assertThat(reply.embeds()).singleElement().satisfies(e -> {
            assertThat(e.getTitle()).isEqualTo("[1] Hostage crisis ends in Algeria");
            assertThat(e.getUrl()).isEqualTo("https://news.example/in-amenas");
            assertThat(e.getAuthor().getName()).isEqualTo("Example News");
            assertThat(e.getDescription()).isEqualTo("“At least 23 hostages died, the government said.”");
            assertThat(e.getFooter().getText()).isEqualTo("2013-01-19");
            assertThat(e.getColorRaw()).isEqualTo(CitationEmbeds.COLOUR);
        });
    }

    @Test
    void noticeIsShownInItalicsUnderTheText() {
        Answer answer = answer("At least 23 hostages died [1].", false, List.of(HOSTAGES), "LLM unavailable, offline answer");
        assertThat(AnswerRendering.render(answer).texts())
                .containsExactly("At least 23 hostages died [1].\n\n*LLM unavailable, offline answer*");
    }

    @Test
    void abstentionIsThePoliteDeclineWithoutSources() {
        Reply reply = AnswerRendering.render(answer("I could not find that in the stored articles.", true, List.of(HOSTAGES), null));
        assertThat(reply.texts()).containsExactly("I could not find that in the stored articles.");
        assertThat(reply.embeds()).isEmpty();
    }

    @Test
    void articleTextCannotForgeLinksMentionsOrFormatting() {
        Citation evil = new Citation(2, "x", "[Click](https://evil.example) @everyone", "<@&42> News", "2024-01-01",
                "https://ok.example/a", "**loud** `code` <@1>");
        Reply reply = AnswerRendering.render(answer("It happened [2]. @here [win](https://evil.example)", false,
                List.of(evil), null));
        String text = String.join("\n", reply.texts());

        assertThat(text).doesNotContain("](", "@here", "<@");
        assertThat(text).contains("It happened [2].");
        MessageEmbed e = reply.embeds().get(0);
        assertThat(e.getTitle()).doesNotContain("@everyone");
        assertThat(e.getAuthor().getName()).doesNotContain("<@&");
        assertThat(e.getDescription()).doesNotContain("**loud", "<@").doesNotContainPattern("(?<!\\\\)`");
        assertThat(e.getUrl()).isEqualTo("https://ok.example/a");
    }

    @Test
    void aLinkThatIsNotPlainHttpIsLeftOut() {
        Citation c = new Citation(1, "x", "T", null, null, "javascript:alert(1)", null);
        assertThat(AnswerRendering.sourceEntry(c, 2000, AnswerRendering.QUOTE_LIMIT)).isEqualTo("[1] **T**");
        assertThat(CitationEmbeds.embed(c, CitationEmbeds.QUOTE_LIMIT).getUrl()).isNull();
    }

    @Test
    void embedQuotesAreShortenedAndTheSourcesButtonShowsThemInFull() {
        String quote = "A sentence that goes on. ".repeat(30).strip();
        Citation c = new Citation(1, "x", "T", "S", "2020-02-02", null, quote);
        assertThat(CitationEmbeds.of(List.of(c)).get(0).getDescription()).hasSizeLessThan(CitationEmbeds.QUOTE_LIMIT + 5)
                .endsWith("…”");
        assertThat(String.join("\n", AnswerRendering.sourcesListing(List.of(c), 2000)))
                .startsWith("**Sources**\n[1] **T** — S, 2020-02-02\n> “").contains(quote);
    }

    @Test
    void longAnswersAreSplitWithinTheLimitAndSourcesPastTheTenthAreListedUnderTheText() {
        StringBuilder text = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            text.append("Fact number ").append(i).append(" is stated at some length in this answer so it is long [")
                    .append(i).append("]. ");
            citations.add(new Citation(i, "a" + i, "Title " + i, "Source", "2013-01-1" + (i % 10),
                    "https://news.example/" + i, "Quote of fact " + i + " as printed in the article. ".repeat(5)));
        }
        Reply reply = AnswerRendering.render(answer(text.toString(), false, citations, null));

        assertThat(reply.texts()).hasSizeGreaterThan(2);
        reply.texts().forEach(m -> assertThat(m.length()).isLessThanOrEqualTo(AnswerRendering.MESSAGE_LIMIT));
        String all = String.join("\n", reply.texts());
        for (int i = 1; i <= 40; i++) {
            assertThat(all).contains("long [" + i + "].");
        }
        assertThat(reply.embeds()).hasSize(10);
        assertThat(reply.embeds().stream().mapToInt(MessageEmbed::getLength).sum())
                .isLessThanOrEqualTo(MessageEmbed.EMBED_MAX_LENGTH_BOT);
        assertThat(all).doesNotContain("[10] **Title 10**").contains("**More sources**", "[11] **Title 11**",
                "[40] **Title 40**");
        assertThat(all.indexOf("**More sources**")).isGreaterThan(all.lastIndexOf("Fact number 40"));
    }

    @Test
    void answerTextIsReadBackFromAMessageAsItWasBeforeRendering() {
        String said = "At least 23 *hostages* died [1]. See (below).";
        Reply reply = AnswerRendering.render(answer(said, false, List.of(HOSTAGES), "offline answer"));
        assertThat(DiscordMarkdown.answerText(reply.texts().get(0))).isEqualTo(said);
        assertThat(DiscordMarkdown.answerText("Old style [1].\n\n**Sources**\n[1] **T**")).isEqualTo("Old style [1].");
    }

    private static Answer answer(String text, boolean abstained, List<Citation> citations, String notice) {
        return new Answer("q", text, abstained, citations, Answer.EXTRACTIVE, notice, 5);
    }
}
