package newsdesk.cli;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * An embedding model loaded on first use, or earlier in the background when a command that will embed asks for it
 * ({@link #prefetch}), so that the half second or more it takes overlaps with opening the index. Commands that
 * never embed never load it.
 */
final class BackgroundEmbeddingModel implements EmbeddingModel {
    private final Supplier<EmbeddingModel> loader;
    private CompletableFuture<EmbeddingModel> loading;

    BackgroundEmbeddingModel(Supplier<EmbeddingModel> loader) {
        this.loader = loader;
    }

    synchronized void prefetch() {
        if (loading == null) {
            loading = CompletableFuture.supplyAsync(loader, runnable -> {
                Thread t = new Thread(runnable, "embedding-model-loader");
                t.setDaemon(true);
                t.start();
            });
        }
    }

    private EmbeddingModel model() {
        prefetch();
        try {
            return loading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the embedding model", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot load the embedding model: " + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return model().embedAll(segments);
    }

    @Override
    public int dimension() {
        return model().dimension();
    }

    @Override
    public String modelName() {
        return model().modelName();
    }
}
