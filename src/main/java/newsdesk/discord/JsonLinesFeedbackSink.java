package newsdesk.discord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Feedback as JSON lines in one file: easy to read with jq, and to load into a database later. */
final class JsonLinesFeedbackSink implements FeedbackSink {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    JsonLinesFeedbackSink(Path file) {
        this.file = file;
    }

    @Override
    public synchronized void record(Feedback feedback) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("at", feedback.at().toString());
        line.put("answer_id", feedback.answerId());
        line.put("vote", feedback.vote().name().toLowerCase(Locale.ROOT));
        line.put("user_id", feedback.userId());
        line.put("question", feedback.question());
        line.put("answer", feedback.answer());
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, JSON.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append feedback to " + file, e);
        }
    }

    @Override
    public String toString() {
        return "feedback file " + file;
    }
}
