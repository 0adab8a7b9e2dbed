package newsdesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsdesk.briefing.BriefingSettings;
import newsdesk.briefing.Briefings;
import newsdesk.briefing.FigureSeries;
import newsdesk.briefing.Timeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code timeline "QUERY" [--json] [--chart-dir DIR]}: the dated, cited events of the story the query is about,
 * oldest first. Each figure that changed across three or more dated reports is drawn as a PNG in the chart folder
 * (default: the working folder), named after the story and the figure; the files written are listed.
 */
@Command(name = "timeline", description = "A story's dated, cited events, oldest first, and a PNG chart of each "
        + "figure that changed across three or more dated reports.")
final class TimelineCommand extends WiredCommand {
    @Parameters(paramLabel = "QUERY", description = "which story, e.g. \"port strike\"")
    String query;

    @Option(names = "--json", description = "one JSON object instead of the messages")
    boolean json;

    @Option(names = "--chart-dir", paramLabel = "DIR", description = "where the charts are written (default: here)")
    Path chartDir = Path.of("");

    @Override
    int run(Wiring wiring) throws IOException {
        if (query == null || query.isBlank()) {
            throw usage("say which story, e.g. timeline \"port strike\"");
        }
        Timeline timeline = Briefings.timelines(wiring.answeringIndex(), BriefingSettings.from(wiring.config()),
                wiring.clock()).about(query.strip());
        List<String> files = new ArrayList<>();
        for (FigureSeries s : timeline.charted()) {
            Path file = chartDir.resolve(fileName(timeline, s)).toAbsolutePath().normalize();
            Files.createDirectories(file.getParent());
            Files.write(file, Briefings.chart(timeline, s));
            files.add(file.toString());
        }
        if (json) {
            wiring.out().println(Briefings.json(timeline, files));
        } else {
            wiring.out().println(String.join("\n\n", Briefings.messages(timeline)));
            files.forEach(f -> wiring.out().println("Chart: " + f));
        }
        return 0;
    }

    /** {@code timeline-<headline words>-<measure>.png}, lower case, letters and digits only. */
    static String fileName(Timeline t, FigureSeries s) {
        return "timeline-" + slug(t.headline(), 40) + "-" + slug(s.measure(), 30) + ".png";
    }

    private static String slug(String text, int max) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        slug = slug.length() > max ? slug.substring(0, max).replaceAll("-$", "") : slug;
        return slug.isEmpty() ? "story" : slug;
    }
}
