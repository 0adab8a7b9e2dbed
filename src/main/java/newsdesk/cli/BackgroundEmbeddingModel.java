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
final class BackgroundEmbeddingModel implements EmbeddingModel, AutoCloseable {
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

    /**
     * Waits for a load in progress: the JVM must not exit while the ONNX runtime is still initialising in native
     * code (it crashes with SIGBUS), as it would after a command that ended before it needed the model.
     */
    @Override
    public synchronized void close() {
        if (loading != null) {
            try {
                loading.join();
            } catch (RuntimeException failedToLoad) {
                // nothing to wait for any more
            }
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
