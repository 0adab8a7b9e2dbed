package newsdesk.article;

import static newsdesk.article.Fixtures.fixture;
import static newsdesk.article.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import newsdesk.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {
    private final InMemoryArticleStore store = new InMemoryArticleStore();
    private final MutableClock clock = MutableClock.at("2024-03-02T10:00:00Z");
    private final Ingestor ingestor = new Ingestor(store, new ArticleReader(5 * 1024 * 1024), 0, clock);

    @TempDir
    Path dir;

    private static Article article(String id, String text) {
        return new Article(id, "Title of " + id, null, null, null, text, "feed");
    }

    @Test
    void ingestsTheFixtureFolderAndSaysWhyFilesWereSkipped() {
        Path folder = Fixtures.folder();

        IngestReport report = ingestor.ingest(List.of(folder), IngestListener.NONE);

        assertThat(store.articles()).extracting(StoredArticle::id).containsExactlyInAnyOrder(
                "ferry-fire", "port-carrow-strike-2024-03-04", "millbrook-flood", "valdora-bridge-reopens",
                "regional-briefs-2", store.putOrder().get(store.putOrder().indexOf("kelmoor-library") - 1),
                "kelmoor-library");
        assertThat(report.added()).isEqualTo(7);
        assertThat(report.skipped()).extracting(IngestReport.Skipped::file, IngestReport.Skipped::reason)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(folder.resolve("empty.md").toString(), "empty file"),
                        org.assertj.core.groups.Tuple.tuple(folder.resolve("broken-front-matter.md").toString(),
                                "broken front matter: unclosed '---'"));
        assertThat(report.skipped()).extracting(IngestReport.Skipped::file).containsExactly(
                folder.resolve("bad-date.md").toString(), folder.resolve("broken-front-matter.md").toString(),
                folder.resolve("empty.md").toString(), folder.resolve("wire-feed.jsonl") + " line 2");
        assertThat(report.summaryLine()).isEqualTo("7 added, 0 updated, 0 unchanged, 4 skipped");
        assertThat(store.commits()).isEqualTo(1);
    }

    @Test
    void aSecondRunOverTheSameFilesChangesNothing() {
        ingestor.ingest(List.of(fixture("harbour-strike.md"), fixture("regional-briefs.json")), IngestListener.NONE);

        IngestReport again = ingestor.ingest(List.of(fixture("harbour-strike.md"), fixture("regional-briefs.json")),
                IngestListener.NONE);

        assertThat(again.summaryLine()).isEqualTo("0 added, 0 updated, 3 unchanged, 0 skipped");
    }

    @Test
    void anEditedFileIsUpdated() {
        Path file = write(dir, "council.md", "# Council vote\n\nThe vote was 21 to 9.");
        ingestor.ingest(List.of(file), IngestListener.NONE);
        write(dir, "council.md", "# Council vote\n\nThe vote was 20 to 10, the clerk corrected.");

        IngestReport report = ingestor.ingest(List.of(file), IngestListener.NONE);

        assertThat(report.updated()).isEqualTo(1);
        assertThat(store.article("council").orElseThrow().article().text()).contains("20 to 10");
    }

    @Test
    void theSameTextUnderAnotherIdCountsAsUnchangedAndIsNoted() {
        Path a = write(dir, "a.md", "The lock gates opened at noon.");
        Path b = write(dir, "b.md", "# Gates open\n\nThe lock gates\nopened at noon.");

        IngestReport report = ingestor.ingest(List.of(a, b), IngestListener.NONE);

        assertThat(report.summaryLine()).isEqualTo("1 added, 0 updated, 1 unchanged, 0 skipped");
        assertThat(report.duplicates()).containsExactly(b + ": same text as article a");
        assertThat(store.articles()).extracting(StoredArticle::id).containsExactly("a");
    }

    @Test
    void aStoreFailureSkipsThatArticleAndTheRunGoesOn() {
        store.failOn("b");

        IngestReport report = ingestor.ingest(List.of(article("a", "First text."), article("b", "Second text."),
                article("c", "Third text.")));

        assertThat(report.added()).isEqualTo(2);
        assertThat(report.skipped()).containsExactly(new IngestReport.Skipped("feed (b)", "index write failed for b"));
        assertThat(store.articles()).extracting(StoredArticle::id).containsExactly("a", "c");
    }

    @Test
    void commitsEveryTwoHundredArticlesAndAtTheEnd() {
        List<Article> articles = IntStream.range(0, 450).mapToObj(i -> article("n" + i, "Story number " + i + "."))
                .toList();

        IngestReport report = ingestor.ingest(articles);

        assertThat(report.added()).isEqualTo(450);
        assertThat(store.commits()).isEqualTo(3);
    }

    @Test
    void aRunWithNothingToDoStillCommits() {
        IngestReport report = ingestor.ingest(List.of());

        assertThat(report.summaryLine()).isEqualTo("0 added, 0 updated, 0 unchanged, 0 skipped");
        assertThat(store.commits()).isEqualTo(1);
    }

    @Test
    void sameFileNameInTwoFoldersGivesTwoArticlesWithIdsFromThePathBelowTheIngestedFolder() {
        write(dir, "one/notes.md", "Notes from the harbour.");
        write(dir, "two/notes.md", "Notes from the dam.");
        write(dir, "two/deeper/Notes (Final).md", "Notes from the hill.");

        IngestReport report = ingestor.ingest(List.of(dir), IngestListener.NONE);

        assertThat(report.added()).isEqualTo(3);
        assertThat(report.skipped()).isEmpty();
        assertThat(store.article("one/notes").orElseThrow().article().text()).isEqualTo("Notes from the harbour.");
        assertThat(store.article("two/notes").orElseThrow().article().text()).isEqualTo("Notes from the dam.");
        assertThat(store.article("two/deeper/notes-final")).isPresent();

        IngestReport again = ingestor.ingest(List.of(dir), IngestListener.NONE);
        assertThat(again.summaryLine()).isEqualTo("0 added, 0 updated, 3 unchanged, 0 skipped");
        write(dir, "three/notes.md", "Notes from the valley.");
        IngestReport alone = ingestor.ingest(List.of(dir.resolve("three/notes.md")), IngestListener.NONE);
        assertThat(alone.added()).as("a file named on its own takes its id from its name").isEqualTo(1);
        assertThat(store.article("notes")).isPresent();
    }

    @Test
    void twoArticlesWithOneExplicitIdInOneRunKeepTheFirst() {
        Path first = write(dir, "one.md", "---\nid: notes\n---\nNotes from the harbour.");
        Path second = write(dir, "two.md", "---\nid: notes\n---\nNotes from the dam.");

        IngestReport report = ingestor.ingest(List.of(dir), IngestListener.NONE);

        assertThat(report.added()).isEqualTo(1);
        assertThat(report.skipped()).singleElement().satisfies(s -> {
            assertThat(s.file()).isEqualTo(second.toString());
            assertThat(s.reason()).isEqualTo("same id 'notes' as " + first + " (give one an explicit id)");
        });
        assertThat(store.article("notes").orElseThrow().article().text()).isEqualTo("Notes from the harbour.");
    }

    @Test
    void missingAndUnsupportedInputsAreSkipped() {
        Path missing = dir.resolve("nope.md");
        Path pdf = write(dir, "scan.pdf", "%PDF");
        Path binary = write(dir, "scan.txt", new byte[] {'a', 0, 'b'});

        IngestReport report = ingestor.ingest(List.of(missing, pdf, binary), IngestListener.NONE);

        assertThat(report.skipLines()).isEqualTo("  skipped " + missing + ": no such file or folder\n"
                + "  skipped " + pdf + ": unsupported file type .pdf\n"
                + "  skipped " + binary + ": binary file (not text)\n");
    }

    @Test
    void articlesFromAFileHoldingSeveralAreNamedByFileAndId() {
        Path feed = write(dir, "feed.json", "[{\"id\": \"x\", \"text\": \"Same words.\"}, {\"id\": \"y\", \"text\": "
                + "\"Same words.\"}]");

        IngestReport report = ingestor.ingest(List.of(feed), IngestListener.NONE);

        assertThat(report.duplicates()).containsExactly(feed + " (y): same text as article x");
    }

    @Test
    void reportsProgressBeforeEachFileAndAtTheEnd() {
        Path a = write(dir, "a.md", "A text.");
        Path b = write(dir, "b.md", "B text.");
        List<String> calls = new ArrayList<>();

        ingestor.ingest(List.of(dir), (done, total, current) -> calls.add(done + "/" + total + " " + current));

        assertThat(calls).containsExactly("0/2 " + a, "1/2 " + b, "2/2 ");
    }

    @Test
    void theSampleGoesInOnceAndThenIsUnchanged() {
        IngestReport first = ingestor.ingest(SampleCorpus.load());
        IngestReport second = ingestor.ingest(SampleCorpus.load());

        assertThat(first.added()).isEqualTo(1);
        assertThat(second.unchanged()).isEqualTo(1);
        assertThat(store.passageCount()).isGreaterThan(10);
    }

    @Test
    void commitsWhenASecondHasPassedSinceTheLast_soACrashLosesLittle() {
        List<Article> articles = IntStream.range(0, 6).mapToObj(i -> article("a" + i, "Text number " + i + ".")).toList();
        InMemoryArticleStore slow = new InMemoryArticleStore() {
            @Override
            public List<IngestOutcome> putAll(List<Article> batch) {
                clock.advance(Duration.ofMillis(600)); // embedding takes time
                return super.putAll(batch);
            }
        };
        Ingestor small = new Ingestor(slow, new ArticleReader(1000), 0, clock);
        IngestReport report = small.ingestArticles(articles, IngestListener.NONE);

        assertThat(report.added()).isEqualTo(6);
        assertThat(slow.commits()).as("one batch, one commit at the end").isEqualTo(1);

        String longText = "word ".repeat(Ingestor.BATCH_WORDS / 2);
        List<Article> big = IntStream.range(0, 6).mapToObj(i -> article("big" + i, longText + i)).toList();
        IngestReport bigReport = small.ingestArticles(big, IngestListener.NONE);
        assertThat(bigReport.added()).isEqualTo(6);
        // three batches of two articles (4,000 words), 0.6 s each: a commit once a second has passed (after the
        // second batch, at 1.2 s), then the final one
        assertThat(slow.commits() - 1).isEqualTo(2);
    }

    @Test
    void tooFewWordsIsNotAnArticle() {
        Ingestor strict = new Ingestor(store, new ArticleReader(1000), 20, clock);
        write(dir, "x.md", "x");
        write(dir, "short.md", "Three short words.");
        write(dir, "enough.md", "One two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                + "fifteen sixteen seventeen eighteen nineteen twenty.");

        IngestReport report = strict.ingest(List.of(dir), IngestListener.NONE);

        assertThat(report.added()).isEqualTo(1);
        assertThat(report.skipped()).extracting(IngestReport.Skipped::reason).containsExactly(
                "too few words to be an article (3; at least 20, see ingest.min-words)",
                "too few words to be an article (1; at least 20, see ingest.min-words)");
        assertThat(store.article("enough")).isPresent();
    }

    @Test
    void whenTheStoreStaysBusyTheRunStopsAndNamesEveryFileNotAdded() {
        InMemoryArticleStore busy = new InMemoryArticleStore() {
            @Override
            public List<IngestOutcome> putAll(List<Article> batch) {
                if (articles().size() >= 32) {
                    throw new StoreBusyException("another ingest (pid 7) kept writing for longer than 5 s");
                }
                return super.putAll(batch);
            }
        };
        for (int i = 0; i < 40; i++) {
            write(dir, String.format("f%02d.md", i), "Article number " + i + " about the harbour.");
        }
        IngestReport report = new Ingestor(busy, new ArticleReader(1000), 0, clock).ingest(List.of(dir),
                IngestListener.NONE);

        assertThat(report.added()).isEqualTo(32);
        assertThat(busy.putOrder()).as("a busy store is not tried again one article at a time").hasSize(32);
        assertThat(report.stoppedEarly()).isTrue();
        assertThat(report.notAdded()).hasSize(8).first().asString().endsWith("f32.md");
        assertThat(report.summaryLine()).isEqualTo("32 added, 0 updated, 0 unchanged, 0 skipped, 8 not added");
        assertThat(report.notAddedLines()).startsWith("stopped early: another ingest (pid 7) kept writing")
                .contains("  not added " + dir.resolve("f39.md"));
    }
}
