package newsdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsdesk.article.Article;
import newsdesk.article.Passage;
import newsdesk.article.SentenceSplitter;
import newsdesk.article.StoredArticle;
import newsdesk.retrieval.RetrievedPassage;

/**
 * A faithfulness test set in JSON lines: passage lines ({@code passage, title, source, published, text}) and claim
 * lines ({@code id, passage, claim, kind, show}) that cite one of them. {@code show} says whether a careful reader
 * would let the claim through with that passage as its citation; {@code kind} says what kind of claim it is
 * (supported, paraphrase, contradicted-number, contradicted-negation, unsupported, partial...).
 */
record ClaimSet(Map<String, RetrievedPassage> passages, List<Case> cases) {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Case(String id, String passage, String claim, String kind, boolean show) {
    }

    static ClaimSet read(Path file) throws IOException {
        Map<String, RetrievedPassage> passages = new LinkedHashMap<>();
        List<Case> cases = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (IOException e) {
                throw new UsageException(file + ":" + lineNo + ": not a JSON object");
            }
            String passageId = node.path("passage").asText("");
            if (passageId.isEmpty()) {
                throw new UsageException(file + ":" + lineNo + ": every line needs a \"passage\"");
            }
            if (node.has("text")) {
                passages.put(passageId, passage(passageId, node));
            } else if (node.has("claim")) {
                if (!node.has("show") || !node.path("show").isBoolean()) {
                    throw new UsageException(file + ":" + lineNo + ": a claim needs \"show\": true or false");
                }
                cases.add(new Case(node.path("id").asText("line " + lineNo), passageId, node.path("claim").asText(),
                        node.path("kind").asText("unlabelled"), node.path("show").asBoolean()));
            } else {
                throw new UsageException(file + ":" + lineNo + ": neither a passage (\"text\") nor a claim (\"claim\")");
            }
        }
        for (Case c : cases) {
            if (!passages.containsKey(c.passage())) {
                throw new UsageException(file + ": claim " + c.id() + " cites passage '" + c.passage()
                        + "', which the file does not define");
            }
        }
        return new ClaimSet(passages, cases);
    }

    private static RetrievedPassage passage(String id, JsonNode node) {
        String text = node.path("text").asText();
        Article article = new Article(id, node.path("title").asText(id), node.path("source").asText(null),
                node.path("published").asText(null), null, text, "claim set");
        Passage passage = new Passage(id, 0, SentenceSplitter.split(text));
        return new RetrievedPassage(passage, new StoredArticle(article, Instant.EPOCH, 1, id), 1.0);
    }
}
