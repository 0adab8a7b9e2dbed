package newsdesk.feeds;

import newsdesk.testing.MemoryArticleStore;
import newsdesk.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import newsdesk.article.ArticleReader;
import newsdesk.article.IngestListener;
import newsdesk.article.Ingestor;
import newsdesk.database.DatabaseSettings;
import newsdesk.database.ProcessLocks;
import newsdesk.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PollingFolderWatchTest {
    @TempDir
    Path folder;

    private final MemoryArticleStore store = new MemoryArticleStore(MutableClock.at("2025-03-04T12:00:00Z"));
    private PollingFolderWatch watch;

    @BeforeEach
    void watch() {
        watch = new PollingFolderWatch(List.of(folder), new Ingestor(store, new ArticleReader(5_000_000)),
                Duration.ofSeconds(10), ProcessLocks.inProcess());
    }

    private static void write(Path file, String text, long modifiedMillis) throws IOException {
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.fromMillis(modifiedMillis));
    }

    @Test
    void aNewFileIsIngestedOnceItStoppedChanging() throws IOException {
        assertThat(watch.scan()).isEmpty();
        Path file = folder.resolve("strike.md");
        write(file, "---\ntitle: Strike\n---\nDockworkers walked out on Monday.", 1_000);

        assertThat(watch.scan()).as("first seen: may still be being written").isEmpty();
        write(file, "---\ntitle: Strike\n---\nDockworkers walked out on Monday. Talks resume Wednesday.", 2_000);
        assertThat(watch.scan()).isEmpty();
        assertThat(watch.scan()).containsExactly(file.toString());
        assertThat(store.articles()).singleElement()
                .satisfies(a -> assertThat(a.article().text()).endsWith("Talks resume Wednesday."));

        assertThat(watch.scan()).as("unchanged: not read again").isEmpty();
    }

    @Test
    void aChangedFileIsIngestedAgainAndUnsupportedFilesAreIgnored() throws IOException {
        Path file = folder.resolve("sub").resolve("quake.txt");
        Files.createDirectories(file.getParent());
        write(file, "Quake toll rises\n\nThe death toll rose to 27.", 1_000);
        write(folder.resolve("photo.jpg"), "not an article", 1_000);
        watch.scan();
        watch.scan();
        assertThat(store.articles()).hasSize(1);

        write(file, "Quake toll rises\n\nThe death toll rose to 30.", 5_000);
        watch.scan();
        assertThat(watch.scan()).containsExactly(file.toString());
        assertThat(store.articles()).singleElement()
                .satisfies(a -> assertThat(a.article().text()).contains("rose to 30"));
    }

    @Test
    void aMissingFolderIsNotAnError() {
        PollingFolderWatch missing = new PollingFolderWatch(List.of(folder.resolve("nope")),
                new Ingestor(store, new ArticleReader(1000)), Duration.ofSeconds(1), ProcessLocks.inProcess());
        assertThat(missing.scan()).isEmpty();
    }

    @Test
    void aFolderAnotherProcessIsIngestingIsLeftToItAndFoundUnchangedAfterwards() throws IOException {
        DatabaseSettings database = TestPostgres.freshDatabase();
        try (ProcessLocks mine = ProcessLocks.shared(database, Clock.systemUTC());
             ProcessLocks other = ProcessLocks.shared(database, Clock.systemUTC())) {
            PollingFolderWatch here = new PollingFolderWatch(List.of(folder),
                    new Ingestor(store, new ArticleReader(5_000_000)), Duration.ofSeconds(10), mine);
            write(folder.resolve("vote.md"), "---\ntitle: Vote\n---\nThe council voted 7 to 2 on Tuesday.", 1_000);
            here.scan();

            try (ProcessLocks.Held ingesting = other.tryLock(PollingFolderWatch.LOCK_SPACE,
                    PollingFolderWatch.lockKey(folder)).orElseThrow()) {
                assertThat(here.scan()).as("the other process holds the folder").isEmpty();
                assertThat(mine.tryLock(PollingFolderWatch.LOCK_SPACE, PollingFolderWatch.lockKey(folder))).isEmpty();
                new Ingestor(store, new ArticleReader(5_000_000)).ingest(List.of(folder.resolve("vote.md")),
                        IngestListener.NONE);
            }
            long versionBefore = store.version();
            assertThat(here.scan()).as("its turn again").containsExactly(folder.resolve("vote.md").toString());
            assertThat(store.version()).as("what the other process stored is not stored again")
                    .isEqualTo(versionBefore);
            assertThat(store.articles()).hasSize(1);
        }
    }
}
