package newsdesk.cli;

import java.time.ZoneId;
import newsdesk.briefing.Briefing;
import newsdesk.briefing.BriefingRequest;
import newsdesk.briefing.BriefingSettings;
import newsdesk.briefing.Briefings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code brief [--since DATE|DURATION] [--topic TEXT] [--json]}: what is new, as it would be posted, or as one JSON
 * object. With {@code --since}, everything published since then; without, what arrived in the last 24 hours and was
 * published within {@code briefing.max-age}. Times are shown in {@code briefing.default-timezone}.
 */
@Command(name = "brief", description = "The briefing of what is new, as it would be posted (default: what arrived in "
        + "the last 24 hours and was published within briefing.max-age).")
final class BriefCommand extends WiredCommand {
    @Option(names = "--since", paramLabel = "DATE|DURATION",
            description = "everything published since this date (2024-03-01), date-time, or this long ago (36h, 2d)")
    String sinceText;

    @Option(names = "--topic", paramLabel = "TEXT", description = "only stories about this")
    String topic;

    @Option(names = "--json", description = "one JSON object instead of the messages")
    boolean json;

    @Override
    int run(Wiring wiring) {
        BriefingSettings settings = BriefingSettings.from(wiring.config());
        ZoneId zone = settings.defaultZone();
        BriefingRequest request;
        try {
            request = BriefingRequest.asked(sinceText, topic, wiring.clock().instant(), zone);
        } catch (IllegalArgumentException e) {
            throw usage("--since: " + e.getMessage());
        }
        if (wiring.answeringFromSample()) {
            wiring.err().println("newsdesk: " + NoticeAnswerer.SAMPLE);
        }
        Briefing briefing = Briefings.writer(wiring.answeringIndex(), settings, wiring.config(), wiring.env(), wiring.clock())
                .write(request);
        if (json) {
            wiring.out().println(Briefings.json(briefing, zone));
        } else {
            wiring.out().println(String.join("\n\n", Briefings.messages(briefing, zone)));
        }
        return 0;
    }
}
