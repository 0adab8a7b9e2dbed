package newsdesk.retrieval;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;

/**
 * Hands out the latest committed view of the index, whoever committed it (this process or another). Checking for a
 * new commit is cheap (a directory listing) but not free, so it happens at most every {@code minInterval} unless
 * asked for.
 */
final class RefreshingIndexView implements Closeable {
    private static final IndexView EMPTY = emptyView();

    private final Supplier<Directory> directory; // gives null while the folder does not exist
    private final long minIntervalNanos;
    private final AtomicLong nextCheck = new AtomicLong(System.nanoTime());
    private final Object opening = new Object();
    private volatile SearcherManager manager; // null until the folder holds a commit

    RefreshingIndexView(Supplier<Directory> directory, long minInterval, TimeUnit unit) {
        this.directory = directory;
        this.minIntervalNanos = unit.toNanos(minInterval);
    }

    <T> T read(Function<IndexView, T> reading) {
        refreshIfDue();
        SearcherManager m = manager;
        if (m == null) {
            return reading.apply(EMPTY);
        }
        try {
            IndexSearcher searcher = m.acquire();
            try {
                return reading.apply((IndexView) searcher);
            } finally {
                m.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index", e);
        }
    }

    /** Picks up the latest commit now, waiting for a refresh another thread may be doing. */
    void refreshNow() {
        nextCheck.set(System.nanoTime() + minIntervalNanos);
        try {
            SearcherManager m = manager;
            if (m == null) {
                openIfCommitted();
            } else {
                m.maybeRefreshBlocking();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh the index view", e);
        }
    }

    private void refreshIfDue() {
        long now = System.nanoTime();
        long due = nextCheck.get();
        if (now - due < 0 || !nextCheck.compareAndSet(due, now + minIntervalNanos)) {
            return;
        }
        try {
            SearcherManager m = manager;
            if (m == null) {
                openIfCommitted();
            } else {
                m.maybeRefresh(); // returns at once if another thread is refreshing
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh the index view", e);
        }
    }

    private void openIfCommitted() throws IOException {
        synchronized (opening) {
            Directory d = directory.get();
            if (manager == null && d != null && DirectoryReader.indexExists(d)) {
                manager = new SearcherManager(d, new SearcherFactory() {
                    @Override
                    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
                        return new IndexView(reader);
                    }
                });
            }
        }
    }

    private static IndexView emptyView() {
        try {
            return new IndexView(new MultiReader());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // an empty reader reads nothing
        }
    }

    @Override
    public void close() {
        synchronized (opening) {
            SearcherManager m = manager;
            manager = null;
            if (m != null) {
                try {
                    m.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot close the index view", e);
                }
            }
        }
    }
}
