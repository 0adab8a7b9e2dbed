package newsdesk.answer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import newsdesk.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Prints the answers to the shared question set over the word-overlap retriever: a tuning aid, run on demand. */
@EnabledIfSystemProperty(named = "probe", matches = "true")
class EvalProbe {
    @Test
    void print() throws Exception {
        Answerer a = Answerers.offline(SampleStory.retrieverOver(SampleStory.sampleArticle()), Config.defaults());
        for (String line : Files.readAllLines(Path.of(System.getProperty("probe.file", "../shared/eval/questions.jsonl")))) {
            var n = new ObjectMapper().readTree(line);
            Answer ans = a.answer(n.get("question").asText());
            System.out.println(n.get("id").asText() + " " + n.get("answerable").asBoolean() + " | " + n.get("question").asText()
                    + "\n   -> " + (ans.abstained() ? "DECLINED" : ans.answer()));
        }
    }
}
