package newsdesk.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Running the training again gives the model the jar ships: the weights are learned from the project's question
 * sets, not edited by hand. (Minutes: it embeds every training article and reads every training question.)
 */
class ReaderModelIsReproducibleTest {
    @Test
    void trainingAgainReproducesTheBundledModel() throws Exception {
        ReaderModel bundled = ReaderModel.bundled();
        ReaderModel again = ReaderTraining.train(Path.of("").toAbsolutePath(), new PrintStream(OutputStream.nullOutputStream()),
                null);
        for (int i = 0; i < bundled.ranking().weights().length; i++) {
            assertThat(again.ranking().weights()[i]).as(bundled.ranking().features().get(i))
                    .isCloseTo(bundled.ranking().weights()[i], within(0.002));
        }
        for (int i = 0; i < bundled.answerability().weights().length; i++) {
            assertThat(again.answerability().weights()[i]).as(bundled.answerability().features().get(i))
                    .isCloseTo(bundled.answerability().weights()[i], within(0.002));
        }
        assertThat(again.answerability().bias()).isCloseTo(bundled.answerability().bias(), within(0.002));
        assertThat(again.threshold()).isCloseTo(bundled.threshold(), within(0.011));
        assertThat(again.secondRatio()).isCloseTo(bundled.secondRatio(), within(0.051));
        assertThat(again.secondMaxWords()).isCloseTo(bundled.secondMaxWords(), within(5));
    }
}
