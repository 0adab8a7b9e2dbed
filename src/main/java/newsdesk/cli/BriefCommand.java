package newsdesk.cli;

import java.time.ZoneId;
import java.util.List;
import newsdesk.briefing.Briefing;
import newsdesk.briefing.BriefingRequest;
import newsdesk.briefing.BriefingSettings;
import newsdesk.briefing.Briefings;

/**
 * {@code brief [--since DATE|DURATION] [--topic TEXT] [--json]}: what is new, as it would be posted, or as one JSON
 * object. With {@code --since}, everything published since then; without, what arrived in the last 24 hours and was
 * published within {@code briefing.max-age}. Times are shown in {@code briefing.default-timezone}.
 */
final class BriefCommand implements Command {
    @Override
    public int run(Wiring wiring, List<String> args) {
        String sinceText = null;
        String topic = null;
        boolean json = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--json" -> json = true;
                case "--since" -> sinceText = value(args, ++i, a);
                case "--topic" -> topic = value(args, ++i, a);
                default -> throw new UsageException("brief: unexpected " + a + "; usage: brief [--since D] [--topic T] [--json]");
            }
        }
        BriefingSettings settings = BriefingSettings.from(wiring.config());
        ZoneId zone = settings.defaultZone();
        BriefingRequest request;
        try {
            request = BriefingRequest.asked(sinceText, topic, wiring.clock().instant(), zone);
        } catch (IllegalArgumentException e) {
            throw new UsageException("brief --since: " + e.getMessage());
        }
        Briefing briefing = Briefings.writer(wiring.readyIndex(), settings, wiring.config(), wiring.env(), wiring.clock())
                .write(request);
        if (json) {
            wiring.out().println(Briefings.json(briefing, zone));
        } else {
            wiring.out().println(String.join("\n\n", Briefings.messages(briefing, zone)));
        }
        return 0;
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new UsageException("brief: " + option + " needs a value");
        }
        return args.get(i);
    }
}
