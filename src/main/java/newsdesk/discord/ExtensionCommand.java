package newsdesk.discord;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A {@link SlashCommand} from outside the package, run like the built-in ones. */
final class ExtensionCommand implements SlashCommandHandler {
    private static final Logger log = LoggerFactory.getLogger(ExtensionCommand.class);

    private final SlashCommand command;
    private final AnswerWorkers workers;

    ExtensionCommand(SlashCommand command, AnswerWorkers workers) {
        this.command = command;
        this.workers = workers;
    }

    @Override
    public SlashCommandData definition() {
        SlashCommandData data = Commands.slash(command.name(), command.description())
                .addOptions(options(command.options()));
        for (SlashSubcommand sub : command.subcommands()) {
            data.addSubcommands(new SubcommandData(sub.name(), sub.description()).addOptions(options(sub.options())));
        }
        return data;
    }

    @Override
    public String helpLine() {
        return "`/" + command.name() + "` — " + command.description();
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        // read everything on the event thread; the handler runs later on a worker
        SlashRequest request = new Request(event.getName(), Optional.ofNullable(event.getSubcommandName()),
                event.getOptions().stream().collect(Collectors.toMap(OptionMapping::getName, OptionMapping::getAsString)),
                event.getUser().getId(), event.getGuild() == null ? "" : event.getGuild().getId(), event.getChannelId(),
                event.getMember() != null && event.getMember().hasPermission(event.getGuildChannel(),
                        Permission.MANAGE_CHANNEL));
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
            target.send(messages, List.of(), reply == null ? List.of() : reply.files());
        });
    }

    /** Discord wants required options before optional ones; otherwise the order is kept. */
    private static List<OptionData> options(List<SlashOption> options) {
        return options.stream()
                .sorted(java.util.Comparator.comparing((SlashOption o) -> !o.required()))
                .map(o -> new OptionData(type(o.type()), o.name(), o.description(), o.required()))
                .toList();
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
                           String guildId, String channelId, boolean canManageChannels) implements SlashRequest {
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
    }
}
