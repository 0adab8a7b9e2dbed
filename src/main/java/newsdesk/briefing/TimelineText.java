package newsdesk.briefing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A timeline as Discord messages (one line per event, then the sources), and as the JSON of {@code --json}. */
final class TimelineText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final ObjectMapper JSON = new ObjectMapper();

    private TimelineText() {
    }

    static List<String> messages(Timeline t) {
        if (!t.found()) {
            return List.of("🕒 No stored story matches “" + BriefingText.escape(t.query()) + "”.");
        }
        List<String> blocks = new ArrayList<>();
        blocks.add("🕒 **Timeline · " + BriefingText.escape(t.headline()) + "**\n" + t.articles()
                + (t.articles() == 1 ? " article" : " articles") + ", " + t.events().size() + " events, oldest first.");
        StringBuilder events = new StringBuilder();
        for (TimelineEvent e : t.events()) {
            if (events.length() > 0) {
                events.append('\n');
            }
            events.append("**").append(DAY.format(LocalDate.parse(e.date()))).append("** · ").append(e.kind())
                    .append(" — ").append(BriefingText.escape(e.text()));
        }
        blocks.add(events.toString());
        for (FigureSeries s : t.charted()) {
            StringBuilder line = new StringBuilder("📈 ").append(BriefingText.escape(s.measure())).append(": ");
            for (int i = 0; i < s.points().size(); i++) {
                FigureSeries.Point p = s.points().get(i);
                line.append(i == 0 ? "" : " → ").append(p.value()).append(" (")
                        .append(DAY.format(LocalDate.parse(p.date()))).append(") [").append(p.citation()).append(']');
            }
            blocks.add(line.toString());
        }
        blocks.add(BriefingText.sources(t.citations()));
        return MessagePacker.pack(blocks, BriefingText.DISCORD_LIMIT);
    }

    static String json(Timeline t, List<String> chartFiles) {
        ObjectNode root = JSON.createObjectNode();
        root.put("query", t.query());
        root.put("headline", t.headline());
        root.put("articles", t.articles());
        root.set("events", JSON.valueToTree(t.events()));
        root.set("charted", JSON.valueToTree(t.charted()));
        root.set("chartFiles", JSON.valueToTree(chartFiles));
        root.put("text", String.join("\n\n", messages(t)));
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a timeline as JSON", e);
        }
    }

    /** A chart's title: the measure over the story's headline, short enough for a small picture. */
    static String chartTitle(Timeline t, FigureSeries s) {
        String headline = t.headline().length() > 60 ? t.headline().substring(0, 59) + "…" : t.headline();
        return s.measure() + " · " + headline;
    }
}
