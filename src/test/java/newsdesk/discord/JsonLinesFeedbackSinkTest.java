package newsdesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesFeedbackSinkTest {

    @Test
    void appendsOneJsonObjectPerVote(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data/feedback.jsonl");
        FeedbackSink sink = FeedbackSink.jsonLines(file);
        sink.record(new Feedback("abc", Feedback.Vote.HELPFUL, "42", "How many?\nReally", "23 [1].",
                Instant.parse("2024-05-01T12:00:00Z")));
        sink.record(new Feedback("def", Feedback.Vote.NOT_HELPFUL, "43", null, null, Instant.parse("2024-05-01T12:01:00Z")));

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.path("at").asText()).isEqualTo("2024-05-01T12:00:00Z");
        assertThat(first.path("answer_id").asText()).isEqualTo("abc");
        assertThat(first.path("vote").asText()).isEqualTo("helpful");
        assertThat(first.path("user_id").asText()).isEqualTo("42");
        assertThat(first.path("question").asText()).isEqualTo("How many?\nReally");
        assertThat(first.path("answer").asText()).isEqualTo("23 [1].");
        assertThat(new ObjectMapper().readTree(lines.get(1)).path("question").isNull()).isTrue();
    }
}
