package newsdesk.retrieval;

import java.util.List;
import java.util.function.IntConsumer;
import newsdesk.article.Article;
import newsdesk.article.StoredArticle;

/** Writes every stored article again, a batch at a time with a commit after each, so the current model embeds it. */
final class Reembedding {
    private Reembedding() {
    }

    static int inBatches(NewsIndex store, int batchSize, IntConsumer progress) {
        int done = 0;
        List<StoredArticle> all = store.articles();
        for (int i = 0; i < all.size(); i += batchSize) {
            List<Article> batch = all.subList(i, Math.min(all.size(), i + batchSize)).stream()
                    .map(StoredArticle::article).toList();
            store.putAll(batch);
            store.commit();
            done += batch.size();
            progress.accept(done);
        }
        return done;
    }
}
