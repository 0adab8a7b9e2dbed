package newsdesk.article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads article files (or takes articles already read) into an {@link ArticleStore}. A file or article that fails
 * is reported in the {@link IngestReport} and the run goes on. The store is committed every
 * {@value #COMMIT_EVERY} stored articles and at the end.
 *
 * <p>Two articles of one run with the same id would silently replace each other, so the second is skipped
 * (typically two files called {@code notes.md} in different folders: give one an explicit {@code id}).
 */
public final class Ingestor {
    static final int COMMIT_EVERY = 200;
    /** Articles embedded together: one call to the model for many passages keeps ingest at the model's own rate. */
    static final int BATCH = 32;

    private final ArticleStore store;
    private final ArticleReader reader;

    public Ingestor(ArticleStore store, ArticleReader reader) {
        this.store = store;
        this.reader = reader;
    }

    /** Reads and stores the files, and the supported files under the folders ({@link ArticleFiles}). */
    public IngestReport ingest(List<Path> inputs, IngestListener listener) {
        Run run = new Run();
        List<Path> files = ArticleFiles.expand(inputs, (path, reason) -> run.skip(path.toString(), reason));
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            listener.progress(i, files.size(), file.toString());
            ReadResult result;
            try {
                result = reader.readAll(file);
            } catch (ArticleFileException e) {
                run.skip(file.toString(), e.getMessage());
                continue;
            } catch (RuntimeException e) {
                run.skip(file.toString(), "could not read: " + describe(e));
                continue;
            }
            result.problems().forEach(p -> run.skip(p.where(), p.reason()));
            boolean several = result.articles().size() > 1;
            for (Article article : result.articles()) {
                run.store(article, several ? file + " (" + article.id() + ")" : file.toString());
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
            listener.progress(i, articles.size(), label);
            run.store(article, label);
        }
        listener.progress(articles.size(), articles.size(), "");
        return run.finish();
    }

    private static String describe(RuntimeException e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The tally of one run. */
    private final class Run {
        private int added;
        private int updated;
        private int unchanged;
        private final List<IngestReport.Skipped> skipped = new ArrayList<>();
        private final List<String> duplicates = new ArrayList<>();
        private final Map<String, String> labelsById = new HashMap<>();
        private int sinceCommit;
        private final List<Article> pending = new ArrayList<>();
        private final List<String> pendingLabels = new ArrayList<>();

        void skip(String file, String reason) {
            skipped.add(new IngestReport.Skipped(file, reason));
        }

        void store(Article article, String label) {
            String earlier = labelsById.putIfAbsent(article.id(), label);
            if (earlier != null) {
                skip(label, "same id '" + article.id() + "' as " + earlier + " (give one an explicit id)");
                return;
            }
            pending.add(article);
            pendingLabels.add(label);
            if (pending.size() >= BATCH) {
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
            } catch (RuntimeException batchFailed) {
                for (int i = 0; i < pending.size(); i++) {
                    try {
                        count(store.put(pending.get(i)), pendingLabels.get(i));
                    } catch (RuntimeException e) {
                        skip(pendingLabels.get(i), describe(e));
                    }
                }
            }
            pending.clear();
            pendingLabels.clear();
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
            if (++sinceCommit >= COMMIT_EVERY) {
                store.commit();
                sinceCommit = 0;
            }
        }

        IngestReport finish() {
            flush();
            store.commit();
            return new IngestReport(added, updated, unchanged, skipped, duplicates);
        }
    }
}
