package newsdesk.discord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import newsdesk.article.ArticleStore;
import newsdesk.feeds.FeedStatus;
import newsdesk.state.QuestionLog;
import newsdesk.state.UsageStats;

/** The texts of {@code /newsdesk status}, {@code stats} and {@code feeds list}. Runs on a worker: it reads the store. */
final class NewsdeskReports {
    static final Duration STATS_PERIOD = Duration.ofDays(7);

    private final ArticleStore articles;
    private final NewsdeskAdmin admin;
    private final ChannelModes modes;
    private final QuestionLog questions;
    private final Clock clock;

    NewsdeskReports(ArticleStore articles, NewsdeskAdmin admin, ChannelModes modes, QuestionLog questions, Clock clock) {
        this.articles = articles;
        this.admin = admin;
        this.modes = modes;
        this.questions = questions;
        this.clock = clock;
    }

    String status(long guildId, List<String> missingPermissions) {
        StringBuilder s = new StringBuilder("**Newsdesk status**");
        s.append("\n• Articles: ").append(articles.articles().size()).append(" stored, ")
                .append(articles.passageCount()).append(" passages");
        s.append("\n• Answers: ").append(DiscordMarkdown.escape(admin.answerer()));
        if (admin.poller() != null) {
            List<FeedStatus> feeds = admin.poller().status();
            long failing = feeds.stream().filter(f -> f.failures() > 0).count();
            s.append("\n• Feeds: ").append(feeds.size()).append(failing > 0 ? " (" + failing + " failing)" : "")
                    .append(feeds.isEmpty() ? "" : "; `/newsdesk feeds list` shows each");
        }
        if (admin.subscriptions() != null) {
            s.append("\n• Daily briefings here: ").append(admin.subscriptions().list(Long.toUnsignedString(guildId)).size());
        }
        s.append("\n• Mode: ").append(describeModes(guildId));
        s.append("\n• Permissions I lack: ");
        if (missingPermissions.isEmpty()) {
            s.append("none");
        } else {
            missingPermissions.forEach(line -> s.append("\n  ").append(DiscordMarkdown.escape(line)));
        }
        return s.toString();
    }

    private String describeModes(long guildId) {
        Map<Long, ChannelMode> set = modes.settings().modes(guildId);
        StringBuilder s = new StringBuilder(modes.of(guildId, 0).label()).append(" by default");
        set.forEach((channel, mode) -> {
            if (channel != 0) {
                s.append("; <#").append(channel).append("> ").append(mode.label());
            }
        });
        return s.toString();
    }

    String stats(long guildId) {
        UsageStats u = questions.stats(Long.toUnsignedString(guildId), clock.instant().minus(STATS_PERIOD));
        if (u.asked() == 0) {
            return "No questions in the last 7 days.";
        }
        StringBuilder s = new StringBuilder("**The last 7 days**\n");
        s.append(u.asked()).append(" questions, ").append(u.declined()).append(" declined (")
                .append(Math.round(u.declineRate() * 100)).append(" %) · 👍 ").append(u.helpful())
                .append(" · 👎 ").append(u.notHelpful());
        s.append("\nPer day:");
        for (Map.Entry<LocalDate, Integer> day : u.perDay().entrySet()) {
            s.append(' ').append(day.getKey()).append(": ").append(day.getValue()).append(';');
        }
        s.setLength(s.length() - 1);
        if (!u.unanswered().isEmpty()) {
            s.append("\n**Asked most often without an answer**");
            int n = 1;
            for (UsageStats.Unanswered q : u.unanswered()) {
                s.append('\n').append(n++).append(". “")
                        .append(DiscordMarkdown.escape(DiscordMarkdown.truncate(DiscordMarkdown.oneLine(q.question()), 150)))
                        .append("” (").append(q.times()).append("×)");
            }
        }
        return s.toString();
    }

    String feeds() {
        List<FeedStatus> feeds = admin.poller().status();
        if (feeds.isEmpty()) {
            return "I read no feeds. `/newsdesk feeds add url:` adds one.";
        }
        List<String> added = admin.feeds().urls();
        StringBuilder s = new StringBuilder("**Feeds**");
        for (FeedStatus f : feeds) {
            s.append("\n• <").append(f.url()).append(">");
            if (!added.contains(f.url())) {
                s.append(" (configuration file)");
            }
            if (f.lastPolledAt() == null) {
                s.append(" · not read yet");
            } else if (f.failures() > 0) {
                s.append(" · ⚠ failing (").append(f.failures()).append("×): ")
                        .append(DiscordMarkdown.escape(DiscordMarkdown.truncate(String.valueOf(f.lastError()), 120)));
            } else {
                s.append(" · read ").append(relative(f.lastOkAt()));
            }
        }
        return s.toString();
    }

    boolean configuredFeed(String url) {
        return admin.poller() != null && admin.poller().status().stream().anyMatch(f -> f.url().equals(url))
                && !admin.feeds().urls().contains(url);
    }

    private static String relative(Instant at) {
        return at == null ? "never" : "<t:" + at.getEpochSecond() + ":R>";
    }
}
