package newsdesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import newsdesk.answer.Answer;
import newsdesk.answer.Citation;
import org.junit.jupiter.api.Test;

class AnswerRenderingTest {
    private static final Citation HOSTAGES = new Citation(1, "in-amenas", "Hostage crisis ends in Algeria",
            "Example News", "2013-01-19T18:00:00Z", "https://news.example/in-amenas",
            "At least 23 hostages died, the government said.");

    @Test
    void answerThenNumberedSourcesWithDateLinkAndQuote() {
        Answer answer = answer("At least 23 hostages died [1].", false, List.of(HOSTAGES), null);

        assertThat(AnswerRendering.render(answer)).containsExactly("""
                At least 23 hostages died [1].

                **Sources**
                [1] **Hostage crisis ends in Algeria** — Example News, 2013-01-19 <https://news.example/in-amenas>
                > “At least 23 hostages died, the government said.”""");
    }

    @Test
    void noticeIsShownInItalics() {
        Answer answer = answer("At least 23 hostages died [1].", false, List.of(HOSTAGES), "LLM unavailable, offline answer");
        assertThat(AnswerRendering.render(answer).get(0))
                .contains("died [1].\n\n*LLM unavailable, offline answer*\n\n**Sources**");
    }

    @Test
    void abstentionIsThePoliteDeclineWithoutSources() {
        Answer answer = answer("I could not find that in the stored articles.", true, List.of(HOSTAGES), null);
        assertThat(AnswerRendering.render(answer)).containsExactly("I could not find that in the stored articles.");
    }

    @Test
    void articleTextCannotForgeLinksMentionsOrFormatting() {
        Citation evil = new Citation(2, "x", "[Click](https://evil.example) @everyone", "<@&42> News", "2024-01-01",
                "https://ok.example/a", "**loud** `code` <@1>");
        Answer answer = answer("It happened [2]. @here [win](https://evil.example)", false, List.of(evil), null);
        String text = String.join("\n", AnswerRendering.render(answer));

        assertThat(text).doesNotContain("](", "@everyone", "@here", "<@", "**loud");
        assertThat(text).doesNotContainPattern("(?<!\\\\)`");
        assertThat(text).contains("It happened [2].", "[2] **\\[Click\\]", "<https://ok.example/a>");
    }

    @Test
    void aLinkThatIsNotPlainHttpIsLeftOut() {
        Citation c = new Citation(1, "x", "T", null, null, "javascript:alert(1)", null);
        assertThat(AnswerRendering.sourceEntry(c, 2000)).isEqualTo("[1] **T**");
    }

    @Test
    void longQuotesAreLeftOut() {
        Citation c = new Citation(1, "x", "T", "S", "2020-02-02", null, "q".repeat(AnswerRendering.QUOTE_LIMIT + 1));
        assertThat(AnswerRendering.sourceEntry(c, 2000)).isEqualTo("[1] **T** — S, 2020-02-02");
    }

    @Test
    void longAnswersAreSplitIntoMessagesWithinTheLimitAndSourcesComeLast() {
        StringBuilder text = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            text.append("Fact number ").append(i).append(" is stated at some length in this answer so it is long [")
                    .append(i).append("]. ");
            citations.add(new Citation(i, "a" + i, "Title " + i, "Source", "2013-01-1" + (i % 10),
                    "https://news.example/" + i, "Quote of fact " + i + " as printed in the article."));
        }
        List<String> messages = AnswerRendering.render(answer(text.toString(), false, citations, null));

        assertThat(messages).hasSizeGreaterThan(2);
        messages.forEach(m -> assertThat(m.length()).isLessThanOrEqualTo(AnswerRendering.MESSAGE_LIMIT));
        String all = String.join("\n", messages);
        messages.stream().filter(m -> m.startsWith("Fact"))
                .forEach(m -> assertThat(m).doesNotMatch("(?s)\\[\\d+].*"));
        for (int i = 1; i <= 40; i++) {
            assertThat(all).contains("long [" + i + "].", "[" + i + "] **Title " + i + "**");
        }
        assertThat(all.indexOf("**Sources**")).isGreaterThan(all.lastIndexOf("Fact number 40"));
    }

    @Test
    void sourcesThatDoNotFitUnderTheTextGetTheirOwnMessage() {
        String text = "A long sentence. ".repeat(115).strip();
        List<String> messages = AnswerRendering.render(answer(text, false, List.of(HOSTAGES), null));
        assertThat(messages).hasSize(2);
        assertThat(messages.get(1)).startsWith("**Sources**\n[1]");
    }

    private static Answer answer(String text, boolean abstained, List<Citation> citations, String notice) {
        return new Answer("q", text, abstained, citations, Answer.EXTRACTIVE, notice, 5);
    }
}
