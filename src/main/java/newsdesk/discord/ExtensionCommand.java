package newsdesk.discord;

import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link SlashCommand} from outside the package, run like the built-in ones: gated, rate-limited, deferred.
 * Channel options take text and announcement channels only, and the member's permissions in each chosen channel are
 * worked out here (Discord only sends them for the channel the command was used in).
 */
final class ExtensionCommand implements SlashCommandHandler {
    private static final Logger log = LoggerFactory.getLogger(ExtensionCommand.class);
    static final Set<ChannelType> CHANNEL_TYPES = EnumSet.of(ChannelType.TEXT, ChannelType.NEWS);
    static final String PICK_A_TEXT_CHANNEL = "Please pick a text or announcement channel.";

    private final SlashCommand command;
    private final AnswerWorkers workers;
    private final RateLimits limits;
    private final Admins admins;

    ExtensionCommand(SlashCommand command, AnswerWorkers workers, RateLimits limits, Admins admins) {
        this.command = command;
        this.workers = workers;
        this.limits = limits;
        this.admins = admins;
    }

    @Override
    public SlashCommandData definition() {
        SlashCommandData data = Commands.slash(command.name(), command.description())
                .addOptions(options(command.options()));
        for (SlashSubcommand sub : command.subcommands()) {
            data.addSubcommands(new SubcommandData(sub.name(), sub.description()).addOptions(options(sub.options())));
        }
        return switch (command.gate()) {
            case EVERYONE -> data;
            case CHANNEL_MANAGERS -> data.setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_CHANNEL));
            case ADMINS -> data.setDefaultPermissions(admins.defaultPermissions());
        };
    }

    @Override
    public String helpLine() {
        return "`/" + command.name() + "` — " + command.description();
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        Member member = event.getMember();
        if (command.gate() == SlashCommand.Gate.ADMINS && !admins.allows(member)) {
            privately(event, admins.refusal());
            return;
        }
        // read everything on the event thread; the handler runs later on a worker
        Map<String, Boolean> manages = new HashMap<>();
        manages.put(event.getChannelId(), member != null && member.hasPermission(event.getGuildChannel(),
                Permission.MANAGE_CHANNEL));
        for (OptionMapping option : event.getOptions()) {
            if (option.getType() != OptionType.CHANNEL) {
                continue;
            }
            GuildChannel chosen = option.getAsChannel();
            if (!CHANNEL_TYPES.contains(chosen.getType())) {
                privately(event, PICK_A_TEXT_CHANNEL);
                return;
            }
            manages.put(chosen.getId(), member != null && member.hasPermission(chosen, Permission.MANAGE_CHANNEL));
        }
        long guildId = event.getGuild() == null ? 0 : event.getGuild().getIdLong();
        Optional<Duration> wait = limits.tryAcquire(event.getUser().getIdLong(), guildId);
        if (wait.isPresent()) {
            privately(event, RateLimits.slowDown(wait.get()));
            return;
        }
        Map<String, String> values = new HashMap<>();
        event.getOptions().forEach(o -> values.put(o.getName(), o.getAsString()));
        SlashRequest request = new Request(event.getName(), Optional.ofNullable(event.getSubcommandName()), values,
                event.getUser().getId(), event.getGuild() == null ? "" : event.getGuild().getId(), event.getChannelId(),
                Map.copyOf(manages));
        Deferral.run(event, command.privateReply(), workers, target -> {
            SlashReply reply;
            try {
                reply = command.handler().reply(request);
            } catch (Exception e) {
                String ref = Ids.next();
                log.error("/{} failed [ref {}]", command.name(), ref, e);
                reply = SlashReply.of("Sorry, something went wrong. Please try again later. (ref `" + ref + "`)");
            }
            String text = reply == null || reply.text() == null || reply.text().isBlank() ? "Done." : reply.text();
            List<String> messages = MessageSplitter.split(text, AnswerRendering.MESSAGE_LIMIT);
            target.send(Reply.texts(messages).withFiles(reply == null ? List.of() : reply.files()));
        });
    }

    private static void privately(SlashCommandInteractionEvent event, String text) {
        event.reply(SafeMessages.create(text)).setEphemeral(true)
                .queue(null, e -> log.warn("could not reply to /{}: {}", event.getName(), e.toString()));
    }

    /** Discord wants required options before optional ones; otherwise the order is kept. */
    static List<OptionData> options(List<SlashOption> options) {
        return options.stream()
                .sorted(Comparator.comparing((SlashOption o) -> !o.required()))
                .map(ExtensionCommand::option)
                .toList();
    }

    private static OptionData option(SlashOption o) {
        OptionData data = new OptionData(type(o.type()), o.name(), o.description(), o.required());
        if (o.type() == SlashOption.Type.CHANNEL) {
            data.setChannelTypes(CHANNEL_TYPES);
        }
        return data;
    }

    private static OptionType type(SlashOption.Type type) {
        return switch (type) {
            case TEXT -> OptionType.STRING;
            case INTEGER -> OptionType.INTEGER;
            case BOOLEAN -> OptionType.BOOLEAN;
            case CHANNEL -> OptionType.CHANNEL;
        };
    }

    private record Request(String command, Optional<String> subcommand, Map<String, String> values, String userId,
                           String guildId, String channelId, Map<String, Boolean> manages) implements SlashRequest {
        @Override
        public Optional<String> text(String option) {
            return Optional.ofNullable(values.get(option));
        }

        @Override
        public Optional<Long> integer(String option) {
            return text(option).map(Long::parseLong);
        }

        @Override
        public Optional<Boolean> flag(String option) {
            return text(option).map(Boolean::parseBoolean);
        }

        @Override
        public Optional<String> channel(String option) {
            return text(option);
        }

        @Override
        public boolean canManageChannels() {
            return canManageChannels(channelId);
        }

        @Override
        public boolean canManageChannels(String channelId) {
            return manages.getOrDefault(channelId, false);
        }
    }
}
