package newsdesk.discord;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;
import newsdesk.article.ArticleFileException;
import newsdesk.article.WebPages;
import newsdesk.state.AddedFeeds;
import newsdesk.feeds.FeedResult;

/**
 * {@code /newsdesk}: the bot's settings for a server, changed at run time and kept in the state database. For admins
 * (Manage Server or a configured role); replies are seen only by whoever used it, and it works where the bot is off.
 * <ul>
 *   <li>{@code channel mode:} threads, mention-only, off, or default, for a channel or the whole server;</li>
 *   <li>{@code feeds add|remove|list};</li>
 *   <li>{@code status}: articles, feeds, briefings, the answerer, and permissions the bot lacks;</li>
 *   <li>{@code stats}: the last 7 days of questions, declines and votes.</li>
 * </ul>
 */
final class NewsdeskCommand implements SlashCommandHandler {
    static final String NAME = "newsdesk";
    static final String DEFAULT = "default";

    private final Admins admins;
    private final AnswerWorkers workers;
    private final ChannelSettings channels;
    private final NewsdeskAdmin admin;
    private final NewsdeskReports reports;
    private final WebPages web;
    private final Clock clock;

    NewsdeskCommand(Admins admins, AnswerWorkers workers, ChannelSettings channels, NewsdeskAdmin admin,
                    NewsdeskReports reports, WebPages web, Clock clock) {
        this.admins = admins;
        this.workers = workers;
        this.channels = channels;
        this.admin = admin;
        this.reports = reports;
        this.web = web;
        this.clock = clock;
    }

    @Override
    public SlashCommandData definition() {
        OptionData mode = new OptionData(OptionType.STRING, "mode", "How I answer there", true);
        for (ChannelMode m : ChannelMode.values()) {
            mode.addChoice(m.label(), m.label());
        }
        mode.addChoice(DEFAULT + " (as configured)", DEFAULT);
        return Commands.slash(NAME, "Set up Newsdesk in this server")
                .addSubcommands(
                        new SubcommandData("channel", "How I answer in a channel: threads, mention-only or off")
                                .addOptions(mode,
                                        new OptionData(OptionType.CHANNEL, "channel", "The channel (default: this one)", false)
                                                .setChannelTypes(ExtensionCommand.CHANNEL_TYPES),
                                        new OptionData(OptionType.BOOLEAN, "server", "For the whole server instead", false)),
                        new SubcommandData("status", "Articles, feeds, briefings, and permissions I lack"),
                        new SubcommandData("stats", "Questions, declines and votes of the last 7 days"))
                .addSubcommandGroups(new SubcommandGroupData("feeds", "The RSS/Atom feeds I read").addSubcommands(
                        new SubcommandData("add", "Read a feed").addOption(OptionType.STRING, "url", "The feed's link", true),
                        new SubcommandData("remove", "Stop reading a feed").addOption(OptionType.STRING, "url", "The feed's link", true),
                        new SubcommandData("list", "The feeds I read and how their last read went")))
                .setDefaultPermissions(admins.defaultPermissions());
    }

    @Override
    public String helpLine() {
        return "`/newsdesk channel|feeds|status|stats` — set me up (admins)";
    }

    @Override
    public boolean worksWhereOff() {
        return true;
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        if (!admins.admit(event)) {
            return;
        }
        long guildId = event.getGuild().getIdLong();
        long userId = event.getUser().getIdLong();
        String sub = event.getSubcommandName() == null ? "" : event.getSubcommandName();
        String group = event.getSubcommandGroup();
        String text = option(event, "url").orElse("");
        if ("feeds".equals(group)) {
            reply(event, () -> feeds(sub, text, guildId, userId));
            return;
        }
        switch (sub) {
            case "channel" -> {
                GuildChannel chosen = Optional.ofNullable(event.getOption("channel"))
                        .<GuildChannel>map(OptionMapping::getAsChannel).orElse(event.getGuildChannel());
                boolean server = Optional.ofNullable(event.getOption("server")).map(OptionMapping::getAsBoolean).orElse(false);
                String mode = option(event, "mode").orElse("");
                // a thread follows its parent channel
                long channelId = server ? 0 : chosen instanceof ThreadChannel t ? t.getParentChannel().getIdLong()
                        : chosen.getIdLong();
                reply(event, () -> channel(guildId, channelId, mode, userId));
            }
            case "status" -> {
                List<String> missing = MissingPermissions.in(event.getGuild());
                reply(event, () -> reports.status(guildId, missing));
            }
            case "stats" -> reply(event, () -> reports.stats(guildId));
            default -> event.reply(SafeMessages.create("Try `/newsdesk status`.")).setEphemeral(true).queue();
        }
    }

    private String channel(long guildId, long channelId, String word, long userId) {
        String where = channelId == 0 ? "this server" : "<#" + channelId + ">";
        if (word.equals(DEFAULT)) {
            channels.clearMode(guildId, channelId);
            return "I answer in " + where + " as " + (channelId == 0 ? "configured." : "the server's setting says.");
        }
        Optional<ChannelMode> mode = ChannelMode.parse(word);
        if (mode.isEmpty()) {
            return "The mode is threads, mention-only, off or default.";
        }
        channels.setMode(guildId, channelId, mode.get(), userId);
        return switch (mode.get()) {
            case THREADS -> "In " + where + " I answer a mention in a thread, where questions need no mention.";
            case MENTION_ONLY -> "In " + where + " I answer only when mentioned or replied to, with a reply in place.";
            case OFF -> "I stay silent in " + where + ". `/newsdesk channel` turns me back on.";
        };
    }

    private String feeds(String sub, String url, long guildId, long userId) {
        AddedFeeds feeds = admin.feeds();
        if (feeds == null || admin.poller() == null) {
            return "Feeds cannot be changed here: this Newsdesk keeps no state.";
        }
        if (sub.equals("list")) {
            return reports.feeds();
        }
        String link = url.strip();
        if (sub.equals("remove")) {
            return feeds.remove(link) ? "I no longer read <" + link + ">."
                    : "<" + link + "> is not among the feeds added here"
                    + (reports.configuredFeed(link) ? " (it is in the configuration file; remove it there)." : ".");
        }
        try {
            URI uri = URI.create(link);
            if (web != null) {
                web.check(uri);
            } else if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
                throw new IllegalArgumentException("only http and https links can be added");
            }
        } catch (ArticleFileException | IllegalArgumentException e) {
            return "That feed cannot be added: " + DiscordMarkdown.escape(String.valueOf(e.getMessage()));
        }
        if (!feeds.add(new AddedFeeds.Feed(link, Long.toUnsignedString(guildId), Long.toUnsignedString(userId),
                clock.instant()))) {
            return "I already read <" + link + ">.";
        }
        FeedResult first = admin.poller().poll(link);
        return switch (first.status()) {
            case READ -> "Added <" + link + ">: " + first.added() + " new articles, " + first.updated() + " updated.";
            case NOT_MODIFIED, POLLED_ELSEWHERE -> "Added <" + link + ">.";
            case FAILED -> "Added <" + link + ">, but reading it failed: " + DiscordMarkdown.escape(first.error())
                    + ". I will try again at every poll; `/newsdesk feeds remove` takes it out.";
        };
    }

    private void reply(SlashCommandInteractionEvent event, Supplier<String> work) {
        Deferral.run(event, true, workers,
                target -> target.send(MessageSplitter.split(work.get(), AnswerRendering.MESSAGE_LIMIT), List.of()));
    }

    private static Optional<String> option(SlashCommandInteractionEvent event, String name) {
        return Optional.ofNullable(event.getOption(name)).map(OptionMapping::getAsString);
    }
}
