package newsdesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiscordMarkdownTest {
    private static final String ZWSP = "\u200B";

    @Test
    void everyoneAndHereAreBrokenSoTheyCannotPing() {
        assertThat(DiscordMarkdown.escape("hi @everyone and @here"))
                .isEqualTo("hi @" + ZWSP + "everyone and @" + ZWSP + "here");
    }

    @Test
    void userRoleChannelAndCommandMentionsAreBroken() {
        String escaped = DiscordMarkdown.escape("<@123> <@!123> <@&456> <#789> </ask:1>");
        assertThat(escaped).doesNotContain("<@", "<#", "</");
        assertThat(escaped).isEqualTo("<" + ZWSP + "@123\\> <" + ZWSP + "@!123\\> <" + ZWSP + "@&456\\> <" + ZWSP
                + "#789\\> <" + ZWSP + "/ask:1\\>");
    }

    @Test
    void maskedLinksCannotBeForged() {
        String escaped = DiscordMarkdown.escape("[click me](https://evil.example/phish)");
        assertThat(escaped).isEqualTo("\\[click me\\]\\(https://evil.example/phish\\)");
    }

    @Test
    void formattingCharactersAreEscaped() {
        assertThat(DiscordMarkdown.escape("**bold** _it_ ~~gone~~ ||spoiler|| `code` > quote \\"))
                .isEqualTo("\\*\\*bold\\*\\* \\_it\\_ \\~\\~gone\\~\\~ \\|\\|spoiler\\|\\| \\`code\\` \\> quote \\\\");
    }

    @Test
    void headingsAndListsAreEscapedOnlyAtTheStartOfALine() {
        assertThat(DiscordMarkdown.escape("# Big\n  -# small\n- item\nnot # a heading, 3-2"))
                .isEqualTo("\\# Big\n  \\-# small\n\\- item\nnot # a heading, 3-2");
    }

    @Test
    void citationMarkersSurviveEscapingButLinksAroundThemDoNot() {
        assertThat(DiscordMarkdown.escapeKeepingMarkers("Twenty died [1]. See [2](https://evil.example) *now*"))
                .isEqualTo("Twenty died [1]. See [2]\\(https://evil.example\\) \\*now\\*");
    }

    @Test
    void onlyPlainHttpLinksAreShownAndWithoutPreview() {
        assertThat(DiscordMarkdown.link("https://news.example/a_b?x=1")).isEqualTo("<https://news.example/a_b?x=1>");
        assertThat(DiscordMarkdown.link("javascript:alert(1)")).isNull();
        assertThat(DiscordMarkdown.link("https://x.example/a> [y](https://evil)")).isNull();
        assertThat(DiscordMarkdown.link(null)).isNull();
    }

    @Test
    void truncationCutsAtAWordAndMarksTheCut() {
        assertThat(DiscordMarkdown.truncate("one two three four", 12)).isEqualTo("one two…");
        assertThat(DiscordMarkdown.truncate("short", 12)).isEqualTo("short");
    }

    @Test
    void plainTextPlacesLoseOnlyTheirMentions() {
        assertThat(DiscordMarkdown.withoutMentions("Ask @everyone about <@1> *now*"))
                .isEqualTo("Ask @" + ZWSP + "everyone about <" + ZWSP + "@1> *now*");
    }
}
