package newsdesk.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ReaderModelTest {
    @Test
    void theBundledModelWeighsExactlyTheFeaturesThisBuildComputes() {
        ReaderModel m = ReaderModel.bundled();
        assertThat(m.ranking().features()).isEqualTo(Features.NAMES);
        assertThat(m.answerability().features()).isEqualTo(Answerability.NAMES);
        assertThat(m.threshold()).isBetween(0.0, 1.0);
        assertThat(m.secondRatio()).isBetween(0.0, 1.0);
    }

    @Test
    void theModelFileReadsBackAsWritten() throws Exception {
        ReaderModel m = ReaderModel.bundled();
        var json = new ObjectMapper().readTree(m.toJson("test"));
        ReaderModel again = new ReaderModel(LogisticModel.parse(json.get("ranking"), Features.NAMES),
                LogisticModel.parse(json.get("answerability"), Answerability.NAMES), json.get("threshold").asDouble(),
                json.get("secondRatio").asDouble(), json.get("secondMaxWords").asInt());
        assertThat(again.ranking().weights()).containsExactly(m.ranking().weights());
        assertThat(again.answerability().bias()).isEqualTo(m.answerability().bias());
        assertThat(again.threshold()).isEqualTo(m.threshold());
        assertThat(again.secondMaxWords()).isEqualTo(m.secondMaxWords());
    }

    @Test
    void aModelTrainedOnOtherFeaturesIsRefusedWithWhatToDo() throws Exception {
        var json = new ObjectMapper().readTree("{\"weights\": {\"similarity\": 1.0}, \"bias\": 0}");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LogisticModel.parse(json, Features.NAMES))
                .hasMessageContaining("run the reader training again");
    }
}
