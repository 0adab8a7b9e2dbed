package newsdesk.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One article as a JSON object: {@code text} or {@code body} (one is required), and optionally {@code title},
 * {@code source}, {@code published}, {@code url}, {@code id}. Other keys are ignored.
 */
final class JsonEntries {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_REASON_CHARS = 120;

    private JsonEntries() {
    }

    static JsonNode parse(String json) throws ArticleFileException {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ": ";
            throw new ArticleFileException("not valid JSON (" + where + shorten(e.getOriginalMessage()) + ")");
        }
    }

    static Article toArticle(JsonNode entry, String derivedId, String origin) throws ArticleFileException {
        if (!entry.isObject()) {
            throw new ArticleFileException("not a JSON object");
        }
        Map<String, Object> raw = new LinkedHashMap<>();
        for (String key : new String[] {"id", "title", "source", "published", "url", "text", "body"}) {
            JsonNode value = entry.get(key);
            if (value == null || value.isNull()) {
                continue;
            }
            if (value.isContainerNode()) {
                throw new ArticleFileException("'" + key + "' must be a single value, not a list or object");
            }
            raw.put(key, value.asText());
        }
        String text = raw.get("text") != null && !((String) raw.get("text")).isBlank()
                ? (String) raw.get("text") : (String) raw.get("body");
        if (text == null || text.isBlank()) {
            throw new ArticleFileException("no text (needs \"text\" or \"body\")");
        }
        ArticleFields fields = ArticleFields.from(raw);
        return fields.toArticle(BodyText.normalise(text), derivedId, origin);
    }

    static String url(JsonNode entry) {
        JsonNode url = entry.isObject() ? entry.get("url") : null;
        return url == null || !url.isValueNode() || url.asText().isBlank() ? null : url.asText().strip();
    }

    private static String shorten(String message) {
        String oneLine = message == null ? "unreadable" : message.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_REASON_CHARS ? oneLine : oneLine.substring(0, MAX_REASON_CHARS - 1) + "…";
    }
}
