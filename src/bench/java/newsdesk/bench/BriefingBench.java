package newsdesk.bench;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsdesk.article.Article;
import newsdesk.article.ArticleStore;
import newsdesk.article.IngestOutcome;
import newsdesk.article.StoredArticle;
import newsdesk.briefing.Briefing;
import newsdesk.briefing.BriefingRequest;
import newsdesk.briefing.BriefingSettings;
import newsdesk.briefing.Briefings;

/**
 * The briefing figure of {@code bench}: clustering, ranking and summarising {@value #ARTICLES} new articles read from
 * the bench's index (where they were ingested with their embeddings), all of them new (an explicit since). The first
 * run also computes the store's term statistics; the others reuse them, as a running bot does between ingests.
 */
final class BriefingBench {
    static final int ARTICLES = 2_000;
    static final int RUNS = 10;
    static final double TARGET_P95_MS = 5_000;

    private BriefingBench() {
    }

    static Map<String, Object> measure(ArticleStore index) {
        List<StoredArticle> all = index.articles();
        ArticleStore store = new FirstArticles(all.subList(0, Math.min(ARTICLES, all.size())), index.version());
        var writer = Briefings.writer(store, BriefingSettings.DEFAULTS, Clock.systemUTC());
        BriefingRequest everything = BriefingRequest.publishedSince(Instant.EPOCH, null);
        long start = System.nanoTime();
        Briefing first = writer.write(everything);
        long cold = System.nanoTime() - start;
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            writer.write(everything);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articles", store.articles().size());
        m.put("stories_told", first.items().size());
        m.put("stories_listed", first.rest().size());
        m.put("first_run_ms", cold / 1_000_000);
        m.put("runs", RUNS);
        m.put("p50", nanos[(int) Math.ceil(0.50 * RUNS) - 1] / 1e6);
        m.put("p95", nanos[(int) Math.ceil(0.95 * RUNS) - 1] / 1e6);
        return m;
    }

    /** The first articles of the index, read-only: what a briefing of that many new articles sees. */
    private record FirstArticles(List<StoredArticle> articles, long version) implements ArticleStore {
        @Override
        public IngestOutcome put(Article article) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public void commit() {
        }

        @Override
        public Optional<StoredArticle> article(String id) {
            return articles.stream().filter(a -> a.id().equals(id)).findFirst();
        }

        @Override
        public int passageCount() {
            return articles.stream().mapToInt(StoredArticle::passages).sum();
        }

        @Override
        public void close() {
        }
    }
}
