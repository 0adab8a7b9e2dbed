package newsdesk.briefing;

import newsdesk.testing.MemoryArticleStore;
import newsdesk.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import newsdesk.answer.Citation;
import newsdesk.article.Article;
import org.junit.jupiter.api.Test;

class BriefingWriterTest {
    private static final Pattern MARK = Pattern.compile("\\[(\\d+)]");
    private final MutableClock clock = MutableClock.at("2025-03-04T12:00:00Z");
    private final MemoryArticleStore store = new MemoryArticleStore(clock);
    private final List<Fixtures.Fixture> fixtures = Fixtures.stories(Instant.parse("2025-03-04T06:00:00Z"));

    BriefingWriterTest() {
        fixtures.forEach(f -> store.add(f.stored()));
        store.add(Fixtures.sample(Instant.parse("2025-03-04T07:00:00Z")));
    }

    private Briefing write(String since, String topic) {
        return new ExtractiveBriefingWriter(new StorySelection(store, 8, BriefingSettings.DEFAULTS.maxAge(), clock), clock)
                .write(BriefingRequest.arrivedSince(Instant.parse(since), topic));
    }

    @Test
    void articlesAboutTheSameEventFormOneStory() {
        Map<String, String> storyOf = new HashMap<>();
        fixtures.forEach(f -> storyOf.put(f.stored().id(), f.story()));
        storyOf.put("in-amenas-2013-01-19", "in-amenas");

        Briefing b = write("2025-03-04T00:00:00Z", null);

        assertThat(b.items()).hasSize(6);  // the 6 fixture events; the sample (2013) is only listed as also added
        assertThat(b.alsoAdded()).extracting(BriefingLine::title).singleElement().asString().contains("Algeria");
        Set<String> seen = new HashSet<>();
        for (BriefingItem item : b.items()) {
            Set<String> stories = item.citations().stream().map(c -> storyOf.get(c.articleId())).collect(Collectors.toSet());
            assertThat(stories).as(item.headline()).hasSize(1);
            assertThat(seen.add(stories.iterator().next())).as("one item per event").isTrue();
        }
        assertThat(b.items().get(0).citations()).extracting(Citation::articleId)
                .as("the story with the most articles comes first").contains("port-strike-1", "port-strike-2");
    }

    @Test
    void everyItemHasAHeadlineAndOneToThreeVerbatimCitedSentencesReadableInFifteenSeconds() {
        Map<String, String> texts = new HashMap<>();
        store.articles().forEach(a -> texts.put(a.id(), a.article().text()));

        for (BriefingItem item : write("2025-03-04T00:00:00Z", null).items()) {
            assertThat(item.headline()).isNotBlank();
            assertThat(item.citations()).hasSizeBetween(1, 3);
            assertThat(ExtractiveSummary.words(MARK.matcher(item.summary()).replaceAll(""))).isLessThanOrEqualTo(90);
            Map<Integer, Citation> byNumber = item.citations().stream().collect(Collectors.toMap(Citation::n, c -> c));
            Matcher m = MARK.matcher(item.summary());
            int marks = 0;
            while (m.find()) {
                marks++;
                assertThat(byNumber).containsKey(Integer.parseInt(m.group(1)));
            }
            assertThat(marks).isEqualTo(item.citations().size());
            for (Citation c : item.citations()) {
                assertThat(texts.get(c.articleId())).contains(c.quote());
                assertThat(item.summary()).contains(c.quote() + " [" + c.n() + "]");
            }
        }
    }

    @Test
    void theSamplesDeathTollChangeIsDetected() {
        MemoryArticleStore onlySample = new MemoryArticleStore(clock).add(Fixtures.sample(Instant.parse("2025-03-04T07:00:00Z")));
        Briefing b = new ExtractiveBriefingWriter(new StorySelection(onlySample, 8,
                BriefingSettings.DEFAULTS.maxAge(), clock), clock).write(BriefingRequest.publishedSince(Instant.parse("2000-01-01T00:00:00Z"), null));

        assertThat(b.items()).hasSize(1);
        assertThat(b.changes()).extracting(c -> c.subject() + ": " + c.from() + " -> " + c.to() + " (" + c.how().words() + ")")
                .containsExactly("captives killed: 12 captives -> at least 23 hostages (over time)",
                        "attackers killed: 18 kidnappers -> all 32 militants (over time)");
        assertThat(b.items().get(0).summary()).contains("at least 23 hostages dead, along with all 32 militants");
        FigureChange hostages = b.changes().get(0);
        assertThat(hostages.citations()).extracting(Citation::quote).containsExactly(
                "The latest death toll adds to a previous count that said 12 captives and 18 kidnappers had been killed, the government said.",
                "The four-day crisis left at least 23 hostages dead, along with all 32 militants.");
    }

    @Test
    void figuresAreComparedOverTimeAndAcrossSources() {
        List<String> changes = write("2025-03-04T00:00:00Z", null).changes().stream()
                .map(c -> c.subject() + ": " + c.from() + " -> " + c.to() + " (" + c.how().words() + ")").toList();
        assertThat(changes).containsExactlyInAnyOrder(
                "workers on strike: about 2,000 dockworkers -> 3,500 dockworkers (across sources)",
                "people killed: 14 -> 27 (over time)",
                "people killed: Two people -> three people (across sources)");
    }

    @Test
    void onlyArticlesIngestedSinceTheInstantAreNew() {
        store.add(Fixtures.stored(new Article("old", "Old news about a harbour", null, null, null,
                "An old article about a harbour strike that arrived long ago, before the briefing window.", "test"),
                Instant.parse("2025-03-01T00:00:00Z")));
        store.add(Fixtures.stored(new Article("late", "Ferry service resumes after the storm", "Coast Radio",
                "2025-03-04T05:00:00Z", null, "Ferry crossings between the islands resumed on Tuesday after the "
                + "storm had kept every boat in port for three days.", "test"), Instant.parse("2025-03-04T07:30:00Z")));
        Briefing b = write("2025-03-04T06:30:00Z", null);
        assertThat(b.items()).singleElement().satisfies(i -> assertThat(i.citations())
                .allSatisfy(c -> assertThat(c.articleId()).isEqualTo("late")));
        assertThat(b.alsoAdded()).extracting(BriefingLine::title).singleElement().asString().contains("Algeria");
        assertThat(write("2025-03-04T08:00:00Z", null).nothingNew()).isTrue();
    }

    @Test
    void aTopicKeepsOnlyStoriesAboutIt() {
        Briefing b = write("2025-03-04T00:00:00Z", "Rotterdam strike");
        assertThat(b.topic()).isEqualTo("Rotterdam strike");
        assertThat(b.items()).singleElement().satisfies(i -> assertThat(i.headline()).contains("Rotterdam"));
        assertThat(write("2025-03-04T00:00:00Z", "volcano").nothingNew()).isTrue();
    }

    @Test
    void theJsonIsOneObjectOfTheDocumentedShape() throws Exception {
        Briefing b = write("2025-03-04T00:00:00Z", null);
        JsonNode root = new ObjectMapper().readTree(Briefings.json(b, ZoneId.of("UTC")));

        assertThat(root.isObject()).isTrue();
        assertThat(iterable(root.fieldNames()))
                .containsExactly("since", "generatedAt", "items", "rest", "changes", "alsoAdded", "text");
        assertThat(root.get("since").asText()).isEqualTo("2025-03-04T00:00:00Z");
        assertThat(root.get("generatedAt").asText()).isEqualTo("2025-03-04T12:00:00Z");
        JsonNode item = root.get("items").get(0);
        assertThat(iterable(item.fieldNames())).containsExactly("headline", "summary", "citations");
        assertThat(iterable(item.get("citations").get(0).fieldNames()))
                .containsExactly("n", "articleId", "title", "source", "published", "url", "quote");
        JsonNode change = root.get("changes").get(0);
        assertThat(iterable(change.fieldNames()))
                .containsExactly("subject", "from", "to", "fromDate", "toDate", "newer", "how", "citations");
        assertThat(root.get("text").asText()).startsWith("📰 **Briefing**").contains("**What changed**")
                .contains(b.items().get(0).headline().substring(0, 10));
    }

    @Test
    void renderedMessagesStayWithinDiscordsLimitAndNeverCutACitation() {
        Briefing b = write("2025-03-04T00:00:00Z", null);
        List<String> messages = Briefings.messages(b, ZoneId.of("UTC"));
        assertThat(messages.size()).isGreaterThan(1);
        for (String m : messages) {
            assertThat(m.length()).isLessThanOrEqualTo(2000);
            assertThat(m).doesNotEndWith("[").doesNotStartWith("]");
        }
        String all = String.join("\n\n", messages);
        for (BriefingItem item : b.items()) {
            for (Citation c : item.citations()) {
                assertThat(all).contains("[" + c.n() + "]");
            }
        }
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
