package newsdesk.article;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads article files (or takes articles already read) into an {@link ArticleStore}. A file or article that fails
 * is reported in the {@link IngestReport} and the run goes on.
 *
 * <p>Articles are embedded and written in small batches, and the store is committed when {@link #COMMIT_INTERVAL}
 * has passed since the last commit (or {@value #COMMIT_EVERY} articles were stored) and at the end, so a crash loses
 * about a second or two of work and leaves whole articles only. Between commits another writer of the same store
 * can have its turn, so two ingests proceed side by side. When the store stays busy for longer than it lets a
 * writer wait ({@link StoreBusyException}), the run stops and the report names every file not added.
 *
 * <p>Two articles of one run with the same id would silently replace each other, so the second is skipped. Ids
 * derived from paths keep the folders ({@code a/index}, {@code b/index}), so this takes two explicit equal ids.
 */
public final class Ingestor {
    static final int COMMIT_EVERY = 200;
    static final Duration COMMIT_INTERVAL = Duration.ofSeconds(1);
    /** Articles embedded together: one call to the model for many passages keeps ingest at the model's own rate. */
    static final int BATCH = 32;
    /** ...but no more words than the model embeds in well under a second, so a crash costs little. */
    static final int BATCH_WORDS = 4_000;

    private final ArticleStore store;
    private final ArticleReader reader;
    private final int minWords;
    private final Clock clock;

    /** An ingestor that takes any article with text, committing by count and by the system clock. */
    public Ingestor(ArticleStore store, ArticleReader reader) {
        this(store, reader, 0, Clock.systemUTC());
    }

    /**
     * @param minWords articles with fewer words in their text are skipped with that reason
     * @param clock decides when it is time to commit
     */
    public Ingestor(ArticleStore store, ArticleReader reader, int minWords, Clock clock) {
        this.store = store;
        this.reader = reader;
        this.minWords = minWords;
        this.clock = clock;
    }

    /** Reads and stores the files, and the supported files under the folders ({@link ArticleFiles}). */
    public IngestReport ingest(List<Path> inputs, IngestListener listener) {
        Run run = new Run();
        List<ArticleFile> files = ArticleFiles.find(inputs, (path, reason) -> run.skip(path.toString(), reason));
        for (int i = 0; i < files.size(); i++) {
            ArticleFile file = files.get(i);
            if (run.stopped()) {
                run.notAdded(file.path().toString());
                continue;
            }
            listener.progress(i, files.size(), file.path().toString());
            ReadResult result;
            try {
                result = reader.readAll(file.path(), file.idPath());
            } catch (ArticleFileException e) {
                run.skip(file.path().toString(), e.getMessage());
                continue;
            } catch (RuntimeException e) {
                run.skip(file.path().toString(), "could not read: " + describe(e));
                continue;
            }
            result.problems().forEach(p -> run.skip(p.where(), p.reason()));
            boolean several = result.articles().size() > 1;
            for (Article article : result.articles()) {
                run.store(article, several ? file.path() + " (" + article.id() + ")" : file.path().toString());
            }
        }
        listener.progress(files.size(), files.size(), "");
        return run.finish();
    }

    /** Stores articles that were read elsewhere (the bundled sample, feeds). */
    public IngestReport ingest(List<Article> articles) {
        return ingestArticles(articles, IngestListener.NONE);
    }

    public IngestReport ingestArticles(List<Article> articles, IngestListener listener) {
        Run run = new Run();
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            String label = article.origin() == null ? article.id() : article.origin() + " (" + article.id() + ")";
            if (run.stopped()) {
                run.notAdded(label);
                continue;
            }
            listener.progress(i, articles.size(), label);
            run.store(article, label);
        }
        listener.progress(articles.size(), articles.size(), "");
        return run.finish();
    }

    private static String describe(RuntimeException e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    static int words(String text) {
        int words = 0;
        for (String token : text.split("\\s+")) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words++;
            }
        }
        return words;
    }

    /** The tally of one run. */
    private final class Run {
        private int added;
        private int updated;
        private int unchanged;
        private final List<IngestReport.Skipped> skipped = new ArrayList<>();
        private final List<String> duplicates = new ArrayList<>();
        private final List<String> notAdded = new ArrayList<>();
        private String stoppedBecause;
        private final Map<String, String> labelsById = new HashMap<>();
        private int sinceCommit;
        private Instant lastCommit = clock.instant();
        private final List<Article> pending = new ArrayList<>();
        private final List<String> pendingLabels = new ArrayList<>();
        private int pendingWords;

        void skip(String file, String reason) {
            skipped.add(new IngestReport.Skipped(file, reason));
        }

        void notAdded(String label) {
            notAdded.add(label);
        }

        boolean stopped() {
            return stoppedBecause != null;
        }

        void store(Article article, String label) {
            int words = words(article.text());
            if (words < minWords) {
                skip(label, "too few words to be an article (" + words + "; at least " + minWords
                        + ", see ingest.min-words)");
                return;
            }
            String earlier = labelsById.putIfAbsent(article.id(), label);
            if (earlier != null) {
                skip(label, "same id '" + article.id() + "' as " + earlier + " (give one an explicit id)");
                return;
            }
            pending.add(article);
            pendingLabels.add(label);
            pendingWords += words;
            if (pending.size() >= BATCH || pendingWords >= BATCH_WORDS) {
                flush();
            }
        }

        /** Stores the pending articles in one go; if that fails, one by one, so only the bad one is skipped. */
        private void flush() {
            if (pending.isEmpty()) {
                return;
            }
            try {
                List<IngestOutcome> outcomes = store.putAll(List.copyOf(pending));
                for (int i = 0; i < outcomes.size(); i++) {
                    count(outcomes.get(i), pendingLabels.get(i));
                }
            } catch (StoreBusyException busy) {
                stop(busy.getMessage(), 0);
            } catch (RuntimeException batchFailed) {
                for (int i = 0; i < pending.size() && !stopped(); i++) {
                    try {
                        count(store.put(pending.get(i)), pendingLabels.get(i));
                    } catch (StoreBusyException busy) {
                        stop(busy.getMessage(), i);
                    } catch (RuntimeException e) {
                        skip(pendingLabels.get(i), describe(e));
                    }
                }
            }
            pending.clear();
            pendingLabels.clear();
            pendingWords = 0;
            commitIfDue();
        }

        private void stop(String reason, int firstNotAdded) {
            stoppedBecause = reason;
            notAdded.addAll(pendingLabels.subList(firstNotAdded, pendingLabels.size()));
        }

        private void count(IngestOutcome outcome, String label) {
            switch (outcome.kind()) {
                case ADDED -> added++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
                case DUPLICATE -> {
                    unchanged++;
                    duplicates.add(label + ": same text as article " + outcome.detail());
                }
            }
            sinceCommit++;
        }

        private void commitIfDue() {
            Instant now = clock.instant();
            if (sinceCommit >= COMMIT_EVERY || !now.isBefore(lastCommit.plus(COMMIT_INTERVAL))) {
                commit();
            }
        }

        private void commit() {
            store.commit();
            sinceCommit = 0;
            lastCommit = clock.instant();
        }

        IngestReport finish() {
            if (!stopped()) {
                flush();
            }
            commit();
            return new IngestReport(added, updated, unchanged, skipped, duplicates, notAdded, stoppedBecause);
        }
    }
}
