package newsdesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newsdesk.article.Article;
import newsdesk.article.StoredArticle;
import org.junit.jupiter.api.Test;

class SourcesListingTest {
    private static final Instant NOW = Instant.parse("2024-01-01T00:00:00Z");

    @Test
    void listsNewestFirstWithSourceDateAndLink() {
        String text = SourcesListing.render(List.of(
                stored("a", "Older story", "Wire", "2013-01-17", "https://news.example/a"),
                stored("b", "Newer story", "Paper", "2013-01-19", null)), "", 2000);

        assertThat(text).isEqualTo("""
                **Stored articles** (2)
                • **Newer story** — Paper, 2013-01-19
                • **Older story** — Wire, 2013-01-17 <https://news.example/a>""");
    }

    @Test
    void queryFiltersTitleAndSourceIgnoringCase() {
        List<StoredArticle> stored = List.of(
                stored("a", "Hostages freed", "Wire", "2013-01-17", null),
                stored("b", "Markets", "HOSTAGE weekly", "2013-01-18", null),
                stored("c", "Weather", "Paper", "2013-01-19", null));
        String text = SourcesListing.render(stored, "hostage", 2000);
        assertThat(text).contains("Hostages freed", "Markets").doesNotContain("Weather");
        assertThat(text).startsWith("**Stored articles matching “hostage”** (2)");
    }

    @Test
    void saysSoWhenNothingMatches() {
        assertThat(SourcesListing.render(List.of(), "", 2000)).isEqualTo("No articles are stored yet.");
        assertThat(SourcesListing.render(List.of(stored("a", "T", null, null, null)), "@everyone", 2000))
                .isEqualTo("No stored article matches “@\u200Beveryone”.");
    }

    @Test
    void manyArticlesAreCutWithACount() {
        List<StoredArticle> stored = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            stored.add(stored("id" + i, "Story " + i + " " + "x".repeat(100), "Source", "2013-01-19",
                    "https://news.example/" + i));
        }
        String text = SourcesListing.render(stored, null, 2000);
        assertThat(text.length()).isLessThanOrEqualTo(2000);
        assertThat(text).contains("…and ").contains(" more; narrow the list with `/sources query`.");
    }

    private static StoredArticle stored(String id, String title, String source, String published, String url) {
        return new StoredArticle(new Article(id, title, source, published, url, "text", "test"), NOW, 1, "h" + id);
    }
}
