package newsdesk.briefing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import newsdesk.answer.Citation;

/**
 * The one-object JSON contract of {@code brief --json}: since, generatedAt, items (headline, summary, citations), rest
 * (stories in one line: title, source, published, url, articles), changes (subject, from, to, fromDate, toDate, newer:
 * "to" or "unknown", how: "over time" or "across sources", citations: from's then to's), alsoAdded (older arrivals,
 * like rest) and the text that would be posted. Citations are the same objects as in
 * {@code ask --json}.
 */
final class BriefingJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BriefingJson() {
    }

    static String write(Briefing b, List<String> messages) {
        ObjectNode root = JSON.createObjectNode();
        root.put("since", b.since().toString());
        root.put("generatedAt", b.generatedAt().toString());
        ArrayNode items = root.putArray("items");
        for (BriefingItem item : b.items()) {
            ObjectNode node = items.addObject();
            node.put("headline", item.headline());
            node.put("summary", item.summary());
            node.set("citations", citations(item.citations()));
        }
        root.set("rest", JSON.valueToTree(b.rest()));
        ArrayNode changes = root.putArray("changes");
        for (FigureChange c : b.changes()) {
            ObjectNode node = changes.addObject();
            node.put("subject", c.subject());
            node.put("from", c.from());
            node.put("to", c.to());
            node.put("fromDate", c.fromDate());
            node.put("toDate", c.toDate());
            node.put("newer", c.toIsNewer() ? "to" : "unknown");
            node.put("how", c.how().words());
            node.set("citations", citations(c.citations()));
        }
        root.set("alsoAdded", JSON.valueToTree(b.alsoAdded()));
        root.put("text", String.join("\n\n", messages));
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a briefing as JSON", e);
        }
    }

    private static ArrayNode citations(List<Citation> citations) {
        return JSON.valueToTree(citations);
    }
}
