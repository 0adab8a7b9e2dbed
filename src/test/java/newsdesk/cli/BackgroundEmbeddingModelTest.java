package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

class BackgroundEmbeddingModelTest {
    @Test
    void closeWaitsForALoadInProgressSoTheJvmNeverExitsDuringNativeInitialisation() {
        AtomicBoolean loaded = new AtomicBoolean();
        BackgroundEmbeddingModel model = new BackgroundEmbeddingModel(() -> {
            sleep(300);
            loaded.set(true);
            return Mockito.mock(EmbeddingModel.class);
        });
        model.prefetch();
        model.close();
        assertThat(loaded).isTrue();
    }

    @Test
    void aModelNobodyAskedForIsNeverLoaded() {
        AtomicInteger loads = new AtomicInteger();
        BackgroundEmbeddingModel model = new BackgroundEmbeddingModel(() -> {
            loads.incrementAndGet();
            return Mockito.mock(EmbeddingModel.class);
        });
        model.close();
        assertThat(loads).hasValue(0);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
