package newsdesk.discord;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsdesk.briefing.Briefing;
import newsdesk.briefing.BriefingRequest;
import newsdesk.briefing.BriefingSettings;
import newsdesk.briefing.BriefingWriter;
import newsdesk.briefing.Briefings;
import newsdesk.briefing.SubscriptionStatus;
import newsdesk.briefing.Subscriptions;
import newsdesk.state.LedgerEntry;
import newsdesk.state.NothingNew;
import newsdesk.state.Subscription;
import newsdesk.state.SubscriptionRequest;

/**
 * {@code /briefing subscribe|unsubscribe|list} and {@code /brief}, as {@link SlashCommand}s for the bot's builder.
 * Changing a channel's subscription needs Manage Channels in that channel (with its overwrites), and
 * {@code /briefing} is shown by default only to members with Manage Channels; its replies are seen only by whoever
 * used it.
 */
public final class BriefingCommands {
    static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
    static final String NEEDS_MANAGE_CHANNELS = "Changing briefings needs the **Manage Channels** permission.";
    static final int MAX_TOPIC_CHARS = 200;

    private final Subscriptions subscriptions;
    private final BriefingWriter writer;
    private final BriefingSettings settings;
    private final Clock clock;

    private BriefingCommands(Subscriptions subscriptions, BriefingWriter writer, BriefingSettings settings, Clock clock) {
        this.subscriptions = subscriptions;
        this.writer = writer;
        this.settings = settings;
        this.clock = clock;
    }

    /** The two commands, to add to the bot with {@link DiscordBot.Builder#command}. */
    public static List<SlashCommand> of(Subscriptions subscriptions, BriefingWriter writer, BriefingSettings settings,
                                        Clock clock) {
        BriefingCommands c = new BriefingCommands(subscriptions, writer, settings, clock);
        SlashOption channel = SlashOption.channel("channel", "The channel (default: this one)", false);
        return List.of(
                SlashCommand.withSubcommands("briefing", "Daily briefings of what is new, posted in a channel", true,
                        c::briefing,
                        SlashSubcommand.of("subscribe", "Post a daily briefing in a channel", channel,
                                SlashOption.text("time", "Time of day, HH:MM (default " + settings.defaultTime() + ")", false),
                                SlashOption.text("timezone", "Area/City, e.g. Europe/Paris (default "
                                        + settings.defaultZone().getId() + ")", false),
                                SlashOption.text("topic", "Only stories about this", false),
                                SlashOption.text("nothing-new", "post (one line) or skip, on a day with nothing new", false)),
                        SlashSubcommand.of("unsubscribe", "Stop a channel's daily briefing", channel),
                        SlashSubcommand.of("list", "This server's daily briefings, next run and last result"))
                        .gated(SlashCommand.Gate.CHANNEL_MANAGERS),
                SlashCommand.of("brief", "What is new: stories with sources, and figures that changed", false, c::brief,
                        SlashOption.text("since", "e.g. 24h, 3d, 2025-03-01 (default: the last 24 hours)", false),
                        SlashOption.text("topic", "Only stories about this", false)));
    }

    String briefing(SlashRequest r) {
        String sub = r.subcommand().orElse("list");
        if (sub.equals("list")) {
            return list(r.guildId());
        }
        String channelId = r.channel("channel").orElse(r.channelId());
        // in the channel that gets the briefing, not where the command was typed
        if (!r.canManageChannels(channelId)) {
            return channelId.equals(r.channelId()) ? NEEDS_MANAGE_CHANNELS
                    : "Changing the briefings of <#" + channelId + "> needs the **Manage Channels** permission there.";
        }
        if (sub.equals("unsubscribe")) {
            return subscriptions.unsubscribe(r.guildId(), channelId)
                    ? "<#" + channelId + "> will get no more daily briefings."
                    : "<#" + channelId + "> has no daily briefing.";
        }
        return subscribe(r, channelId);
    }

    private String subscribe(SlashRequest r, String channelId) {
        LocalTime time;
        ZoneId zone;
        NothingNew nothingNew;
        try {
            time = r.text("time").map(BriefingCommands::time).orElse(null);
            zone = r.text("timezone").map(BriefingCommands::zone).orElse(null);
            nothingNew = r.text("nothing-new").map(BriefingCommands::nothingNew).orElse(null);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        String topic = r.text("topic").map(String::strip).orElse(null);
        if (topic != null && topic.length() > MAX_TOPIC_CHARS) {
            return "That topic is too long; keep it under " + MAX_TOPIC_CHARS + " characters.";
        }
        Subscription s = subscriptions.subscribe(new SubscriptionRequest(r.guildId(), channelId, time, zone, topic,
                nothingNew, r.userId()));
        Optional<Instant> next = subscriptions.list(r.guildId()).stream()
                .filter(st -> st.subscription().id() == s.id()).map(SubscriptionStatus::nextRun).findFirst();
        return "<#" + channelId + "> gets a daily briefing at " + describe(s)
                + next.map(at -> "; the next one <t:" + at.getEpochSecond() + ":R>.").orElse(".");
    }

    private String list(String guildId) {
        List<SubscriptionStatus> all = subscriptions.list(guildId);
        if (all.isEmpty()) {
            return "No daily briefings in this server. `/briefing subscribe` starts one.";
        }
        StringBuilder sb = new StringBuilder("**Daily briefings**");
        for (SubscriptionStatus st : all) {
            Subscription s = st.subscription();
            sb.append("\n• <#").append(s.channelId()).append("> ").append(describe(s));
            if (st.nextRun() != null) {
                sb.append(" · next <t:").append(st.nextRun().getEpochSecond()).append(":R>");
            } else {
                sb.append(" · **disabled**");
            }
            if (st.last() != null) {
                sb.append(" · last: ").append(last(st.last()));
            }
            if (s.lastError() != null) {
                sb.append("\n  ⚠ ").append(DiscordMarkdown.oneLine(DiscordMarkdown.escape(s.lastError())));
            }
        }
        return sb.toString();
    }

    String brief(SlashRequest r) {
        BriefingRequest request;
        try {
            request = BriefingRequest.asked(r.text("since").orElse(null), r.text("topic").orElse(null), clock.instant(),
                    settings.defaultZone());
        } catch (IllegalArgumentException e) {
            return DiscordMarkdown.escape(e.getMessage());
        }
        Briefing b = writer.write(request);
        return String.join("\n\n", Briefings.messages(b, settings.defaultZone()));
    }

    private static String describe(Subscription s) {
        return s.time() + " " + s.zone().getId()
                + (s.topic() == null ? "" : " about “" + DiscordMarkdown.escape(s.topic()) + "”")
                + (s.nothingNew() == NothingNew.SKIP ? " (skipped when nothing is new)" : "");
    }

    private static String last(LedgerEntry e) {
        String what = switch (e.status()) {
            case POSTED -> "posted" + (e.late() ? " late" : "");
            case SKIPPED -> "skipped";
            case FAILED -> "failed";
            case CLAIMED -> e.error() == null ? "being posted" : "retrying";
        };
        return what + " " + e.date();
    }

    static LocalTime time(String text) {
        Matcher m = TIME.matcher(text.strip());
        try {
            if (m.matches()) {
                return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
        } catch (DateTimeException e) {
            // falls through to the message
        }
        throw new IllegalArgumentException(quoted(text) + " is not a time of day: use HH:MM "
                + "on a 24-hour clock, e.g. 08:00 or 18:30.");
    }

    static ZoneId zone(String text) {
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(quoted(text) + " is not a time zone: use "
                    + "Area/City from the tz database, e.g. Europe/Paris, America/New_York, Asia/Tokyo, or UTC.");
        }
    }

    static NothingNew nothingNew(String text) {
        try {
            return NothingNew.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(quoted(text) + ": nothing-new is post or skip.");
        }
    }

    /** The user's text, short, on one line, unable to format the reply. */
    private static String quoted(String text) {
        return "“" + DiscordMarkdown.escape(DiscordMarkdown.truncate(DiscordMarkdown.oneLine(text), 60)) + "”";
    }
}
