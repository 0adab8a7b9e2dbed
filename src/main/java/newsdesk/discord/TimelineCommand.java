package newsdesk.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsdesk.briefing.Briefings;
import newsdesk.briefing.FigureSeries;
import newsdesk.briefing.StoryTimelines;
import newsdesk.briefing.Timeline;

/**
 * {@code /timeline query:} the dated, cited events of the story the query is about, with a PNG chart attached for each
 * figure that changed across three or more dated reports.
 */
public final class TimelineCommand {
    static final int MAX_QUERY_CHARS = 200;

    private final StoryTimelines timelines;

    private TimelineCommand(StoryTimelines timelines) {
        this.timelines = timelines;
    }

    /** The command, to add to the bot with {@link DiscordBot.Builder#command}. */
    public static SlashCommand of(StoryTimelines timelines) {
        TimelineCommand c = new TimelineCommand(timelines);
        return SlashCommand.withFiles("timeline", "A story's dated events with sources, and charts of its figures", false,
                c::reply, SlashOption.text("query", "Which story, e.g. port strike", true));
    }

    SlashReply reply(SlashRequest r) {
        String query = r.text("query").map(String::strip).orElse("");
        if (query.isEmpty()) {
            return SlashReply.of("Say which story, e.g. `/timeline query: port strike`.");
        }
        if (query.length() > MAX_QUERY_CHARS) {
            return SlashReply.of("That query is too long; keep it under " + MAX_QUERY_CHARS + " characters.");
        }
        Timeline t = timelines.about(query);
        List<SlashReply.File> charts = new ArrayList<>();
        for (FigureSeries s : t.charted()) {
            if (charts.size() < SlashReply.MAX_FILES) {
                charts.add(new SlashReply.File(fileName(s), Briefings.chart(t, s)));
            }
        }
        return new SlashReply(String.join("\n\n", Briefings.messages(t)), charts);
    }

    private static String fileName(FigureSeries s) {
        return "timeline-" + s.measure().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".png";
    }
}
