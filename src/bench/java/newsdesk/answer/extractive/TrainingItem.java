package newsdesk.answer.extractive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A question of a question set (the eval format): what an answer must hold ({@code expect}: one alternative of
 * every group) and text of the sentences that answer it ({@code evidence}).
 */
record TrainingItem(String id, String question, boolean answerable, List<List<String>> expect, List<String> evidence,
                    String article) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<TrainingItem> read(Path jsonl) throws IOException {
        List<TrainingItem> out = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = JSON.readTree(line);
            List<List<String>> expect = new ArrayList<>();
            n.path("expect").forEach(g -> {
                List<String> group = new ArrayList<>();
                g.forEach(a -> group.add(a.asText()));
                expect.add(group);
            });
            List<String> evidence = new ArrayList<>();
            n.path("evidence").forEach(e -> evidence.add(e.asText()));
            out.add(new TrainingItem(n.get("id").asText(), n.get("question").asText(),
                    n.path("answerable").asBoolean(true), expect, evidence,
                    n.hasNonNull("article") ? n.get("article").asText() : null));
        }
        return out;
    }

    /** The same question asked where its article is not stored: nothing answers it. */
    TrainingItem unanswerable() {
        return new TrainingItem(id, question, false, List.of(), List.of(), null);
    }

    /** The sentence states the answer: it holds one of the evidence texts (or is part of one). */
    boolean answeredBy(String sentence) {
        String s = normalised(sentence);
        for (String e : evidence) {
            String ev = normalised(e);
            if (s.contains(ev) || s.length() >= 30 && ev.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** The answer holds every expected fact. */
    boolean heldBy(String answer) {
        String a = answer.toLowerCase(Locale.ROOT);
        return expect.stream().allMatch(g -> g.stream().anyMatch(alt -> a.contains(alt.toLowerCase(Locale.ROOT))));
    }

    static String normalised(String text) {
        return text.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
