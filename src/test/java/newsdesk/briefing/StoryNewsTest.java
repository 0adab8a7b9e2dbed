package newsdesk.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import newsdesk.article.Article;
import newsdesk.testing.MemoryArticleStore;
import newsdesk.testing.MutableClock;
import org.junit.jupiter.api.Test;

/** What counts as news (published vs arrived), ranking and size, stories over time, and changes that are not. */
class StoryNewsTest {
    private final MutableClock clock = MutableClock.at("2025-06-10T08:00:00Z");
    private final MemoryArticleStore store = new MemoryArticleStore(clock);

    private void add(String id, String title, String source, String published, String arrived, String text) {
        store.add(Fixtures.stored(new Article(id, title, source, published, null, text, "test"), Instant.parse(arrived)));
    }

    private Briefing write(BriefingRequest request, int maxStories) {
        return new ExtractiveBriefingWriter(new StorySelection(store, maxStories, BriefingSettings.DEFAULTS.maxAge(),
                clock), clock).write(request);
    }

    private static final String BRIDGE = "The old stone bridge over the Avel river in Marrow was closed to traffic after "
            + "engineers found deep cracks in two of its arches.";

    @Test
    void byArrivalAnOldArticleIsOnlyAlsoAddedAndByPublicationItIsNews() {
        add("bridge", "Marrow bridge closed after cracks found", "Valley Post", "2025-05-01T09:00:00Z",
                "2025-06-10T07:00:00Z", BRIDGE);
        add("fresh", "Marrow bridge repairs to take a month", "Valley Post", "2025-06-09T18:00:00Z",
                "2025-06-01T00:00:00Z", "Repairs to the Avel river bridge in Marrow will take at least a month, the "
                        + "regional roads office said on Monday.");
        add("market", "Covered market hall opens in Tessin", "Evening Star", "2025-06-10T06:00:00Z",
                "2025-06-10T07:00:00Z", "A covered market hall with sixty stalls for farmers and bakers opened in the "
                        + "centre of Tessin on Tuesday morning.");

        Briefing arrived = write(BriefingRequest.arrivedSince(Instant.parse("2025-06-09T08:00:00Z"), null), 5);
        assertThat(arrived.items()).as("the bridge article was published 40 days ago, past max-age; the repairs one "
                + "arrived before the window").singleElement().satisfies(i -> assertThat(i.citations())
                .allSatisfy(c -> assertThat(c.articleId()).isEqualTo("market")));
        assertThat(arrived.alsoAdded()).extracting(BriefingLine::title)
                .containsExactly("Marrow bridge closed after cracks found");

        Briefing published = write(BriefingRequest.publishedSince(Instant.parse("2025-06-01T00:00:00Z"), null), 5);
        assertThat(published.items()).flatExtracting(BriefingItem::citations).extracting(c -> c.articleId())
                .containsExactlyInAnyOrder("fresh", "market");
        assertThat(published.alsoAdded()).isEmpty();

        clock.set("2025-05-02T08:00:00Z");
        assertThat(write(BriefingRequest.arrivedSince(Instant.parse("2025-05-01T00:00:00Z"), null), 5).items())
                .as("the day after it was published, the bridge article is news").isNotEmpty();
    }

    @Test
    void theBiggestStoriesAreToldAndTheRestGetOneLineEach() {
        List<String> texts = List.of(
                "The public library of Marrow opened a reading wing for children, funded by a local trust.",
                "Dockers at the harbour of Tessin voted to accept a pay offer after a week of talks.",
                "Apple growers in the Avel valley expect a record harvest after a warm and wet spring.",
                "The football stadium in Belmora will gain a roof before the next season, its owners said.",
                "Night trains between Marrow and the coast return in July after a ten-year gap.",
                "A museum of clocks and watches opened in an old mill on the banks of the Avel.",
                "The regional airport added three routes to southern islands for the summer holidays.");
        for (int i = 0; i < texts.size(); i++) {
            add("s" + i, texts.get(i).substring(0, 40), "Valley Post", "2025-06-09T1" + i + ":00:00Z",
                    "2025-06-09T20:00:00Z", texts.get(i));
        }
        add("s0-2", "Crowds at the new Marrow library wing", "Evening Star", "2025-06-09T19:00:00Z",
                "2025-06-09T20:00:00Z", "Hundreds of children queued at the public library of Marrow to see its "
                        + "reading wing, which a local trust funded.");

        Briefing b = write(BriefingRequest.arrivedSince(Instant.parse("2025-06-09T08:00:00Z"), null), 5);
        assertThat(b.items()).hasSize(5);
        assertThat(b.items().get(0).citations()).extracting(c -> c.articleId()).as("two articles, two sources first")
                .containsAnyOf("s0", "s0-2");
        assertThat(b.rest()).hasSize(2);
        List<String> messages = Briefings.messages(b, java.time.ZoneId.of("UTC"));
        assertThat(messages).hasSizeLessThanOrEqualTo(2);
        assertThat(String.join("\n", messages)).contains("**Also in the news**");
    }

    @Test
    void aSubjectThatWentQuietForWeeksComesBackAsAnotherStory() {
        add("open-1", "Marrow bridge closed after cracks found", "Valley Post", "2025-05-01T09:00:00Z",
                "2025-06-10T07:00:00Z", BRIDGE);
        add("open-2", "Marrow bridge cracks: engineers' report", "Valley Post", "2025-05-02T09:00:00Z",
                "2025-06-10T07:00:00Z", "Engineers said the cracks in the arches of the old stone bridge over the Avel "
                        + "river in Marrow had grown over the winter.");
        add("reopen", "Marrow bridge reopens after repairs", "Valley Post", "2025-06-09T09:00:00Z",
                "2025-06-10T07:00:00Z", "The old stone bridge over the Avel river in Marrow reopened to traffic on "
                        + "Monday after its cracked arches were repaired.");
        Briefing b = write(BriefingRequest.publishedSince(Instant.parse("2025-01-01T00:00:00Z"), null), 5);
        assertThat(b.items()).hasSize(2);
        assertThat(b.items().get(0).citations().size() + b.items().get(1).citations().size()).isGreaterThan(2);
    }

    @Test
    void countsThatAreNoRevisionAreNoChange() {
        add("fire-1", "Warehouse fire in Marrow", "Valley Post", "2025-06-09T09:00:00Z", "2025-06-10T07:00:00Z",
                "A fire destroyed a warehouse on the edge of Marrow on Monday, the fire service said. "
                        + "Firefighters worked through the night to stop it spreading. "
                        + "Nearby, a barn fire last spring had left 2 people injured.");
        add("fire-2", "Marrow warehouse fire: owners count the cost", "Evening Star", "2025-06-10T06:00:00Z",
                "2025-06-10T07:00:00Z", "The owners of the warehouse that burned down in Marrow said it held stock "
                        + "for 40 shops. Crews stayed on site all day. "
                        + "The fire service said 5 people injured in a crash on the ring road were not connected to the fire.");
        Briefing b = write(BriefingRequest.arrivedSince(Instant.parse("2025-06-09T08:00:00Z"), null), 5);
        assertThat(b.items()).hasSize(1);
        assertThat(b.changes()).as("unrelated counts deep in the articles").isEmpty();
    }
}
