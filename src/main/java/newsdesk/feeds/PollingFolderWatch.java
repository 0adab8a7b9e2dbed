package newsdesk.feeds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import newsdesk.article.ArticleFiles;
import newsdesk.article.IngestListener;
import newsdesk.article.IngestReport;
import newsdesk.article.Ingestor;
import newsdesk.database.ProcessLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scans the folders every few seconds rather than using a {@link java.nio.file.WatchService}, which misses events on
 * network and container file systems and needs one registration per sub-folder. A file is ingested once its size and
 * modification time stayed the same over two scans, so a file still being written is not read half-way. The first
 * scan ingests what is already there: what arrived while the bot was down (unchanged articles cost a read, no write).
 *
 * <p>Processes sharing a database and a folder (at the same path) take turns: a folder is ingested by whoever holds
 * its lock; the others skip it for that scan and find its files unchanged at their next one, so each file is embedded
 * once.
 */
final class PollingFolderWatch implements FolderWatch {
    private static final Logger log = LoggerFactory.getLogger(PollingFolderWatch.class);

    private record Signature(long size, long modified) {
    }

    private final List<Path> folders;
    private final Ingestor ingestor;
    private final Duration every;
    private final ProcessLocks locks;
    /** Files seen changed in the last scan, waiting to be seen unchanged. */
    private final Map<Path, Signature> settling = new HashMap<>();
    private final Map<Path, Signature> ingested = new HashMap<>();
    private ScheduledExecutorService executor;

    /** The lock space of watched folders, keyed by the folder's absolute path. */
    static final int LOCK_SPACE = 0x4e444657; // "NDFW"

    PollingFolderWatch(List<Path> folders, Ingestor ingestor, Duration every, ProcessLocks locks) {
        this.folders = List.copyOf(folders);
        this.ingestor = ingestor;
        this.every = every;
        this.locks = locks;
    }

    @Override
    public synchronized void start() {
        if (executor != null || folders.isEmpty()) {
            return;
        }
        for (Path f : folders) {
            if (!Files.isDirectory(f)) {
                log.warn("watched folder {} does not exist (yet); it is scanned anyway", f);
            }
        }
        executor = DaemonThreads.single("folder-watch");
        executor.scheduleWithFixedDelay(() -> {
            try {
                scan();
            } catch (RuntimeException e) {
                log.error("scanning watched folders failed: {}", e.toString(), e);
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized List<String> scan() {
        List<String> ingestedNow = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            Optional<ProcessLocks.Held> turn = locks.tryLock(LOCK_SPACE, lockKey(folder));
            if (turn.isEmpty()) {
                log.debug("{} is being ingested by another process", folder);
                continue;
            }
            try (ProcessLocks.Held held = turn.get()) {
                ingestedNow.addAll(scan(folder));
            }
        }
        return ingestedNow;
    }

    static int lockKey(Path folder) {
        return folder.toAbsolutePath().normalize().toString().hashCode();
    }

    private List<String> scan(Path folder) {
        List<Path> ready = new ArrayList<>();
        Set<Path> present = new HashSet<>();
        for (Path file : ArticleFiles.expand(List.of(folder), new ArrayList<>())) {
            present.add(file);
            Signature now = signature(file);
            if (now == null || now.equals(ingested.get(file))) {
                continue;
            }
            if (now.equals(settling.get(file))) {
                ready.add(file);
            } else {
                settling.put(file, now);
            }
        }
        settling.keySet().removeIf(f -> f.startsWith(folder) && !present.contains(f));
        ingested.keySet().removeIf(f -> f.startsWith(folder) && !present.contains(f));
        if (ready.isEmpty()) {
            return List.of();
        }
        IngestReport report = ingestor.ingest(ready, IngestListener.NONE);
        for (Path file : ready) {
            ingested.put(file, settling.remove(file));
        }
        log.info("watched folder {}: {}", folder, report.summaryLine());
        report.skipped().forEach(s -> log.warn("not ingested: {}: {}", s.file(), s.reason()));
        return ready.stream().map(Path::toString).toList();
    }

    private static Signature signature(Path file) {
        try {
            return new Signature(Files.size(file), Files.getLastModifiedTime(file).toMillis());
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }
}
