package newsdesk.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExtensionCommandTest {
    private final AnswerWorkers workers = new AnswerWorkers(1, 4, Duration.ofSeconds(5));
    private final AtomicReference<SlashRequest> received = new AtomicReference<>();
    private final SlashCommand briefing = SlashCommand.withSubcommands("briefing", "Daily briefings", true,
            request -> {
                received.set(request);
                return "Subscribed " + request.text("time").orElse("?") + " " + "Long line. ".repeat(300);
            },
            SlashSubcommand.of("subscribe", "Get a briefing every day",
                    SlashOption.text("time", "HH:MM", false), SlashOption.channel("channel", "Where", true),
                    SlashOption.integer("items", "How many", false), SlashOption.flag("quiet", "Quiet", false)),
            SlashSubcommand.of("unsubscribe", "Stop"));

    private final newsdesk.testing.MutableClock clock = newsdesk.testing.MutableClock.at("2024-05-01T12:00:00Z");

    @AfterEach
    void stop() {
        workers.close();
    }

    private ExtensionCommand command(SlashCommand c, int perUser) {
        return new ExtensionCommand(c, workers, new RateLimits(perUser, 100, clock), new Admins(Set.of()));
    }

    @Test
    void isRegisteredWithItsSubcommandsAndOptionTypesRequiredOptionsFirst() {
        SlashCommandData data = command(briefing, 100).definition();
        assertThat(data.getName()).isEqualTo("briefing");
        assertThat(data.getSubcommands()).extracting(SubcommandData::getName).containsExactly("subscribe", "unsubscribe");
        assertThat(data.getSubcommands().get(0).getOptions()).extracting(o -> o.getType())
                .containsExactly(OptionType.CHANNEL, OptionType.STRING, OptionType.INTEGER, OptionType.BOOLEAN);
        assertThat(command(briefing, 100).helpLine()).isEqualTo("`/briefing` — Daily briefings");
    }

    @Test
    void runsTheHandlerOnAWorkerBehindAPrivateDeferralAndSplitsTheReply() {
        SlashEvents slash = new SlashEvents("briefing", 5, 1, 10, Map.of("time", "08:00", "items", 5L, "quiet", true));
        org.mockito.Mockito.when(slash.event.getSubcommandName()).thenReturn("subscribe");

        command(briefing, 100).handle(slash.event);
        Idle.await(workers);

        verify(slash.event).deferReply(true);
        SlashRequest request = received.get();
        assertThat(request.command()).isEqualTo("briefing");
        assertThat(request.subcommand()).contains("subscribe");
        assertThat(request.text("time")).contains("08:00");
        assertThat(request.integer("items")).contains(5L);
        assertThat(request.flag("quiet")).contains(true);
        assertThat(request.channel("channel")).isEmpty();
        assertThat(request.userId()).isEqualTo("5");
        assertThat(request.guildId()).isEqualTo("1");
        assertThat(request.channelId()).isEqualTo("10");
        assertThat(slash.edits).singleElement().satisfies(e -> assertThat(e.getContent()).startsWith("Subscribed 08:00"));
        assertThat(slash.followUps).isNotEmpty().allSatisfy(m -> assertThat(m.getContent().length()).isLessThanOrEqualTo(2000));
    }

    @Test
    void channelOptionsOfferTextAndAnnouncementChannelsOnly() {
        SlashCommandData data = command(briefing, 100).definition();
        assertThat(data.getSubcommands().get(0).getOptions().get(0).getChannelTypes())
                .containsExactlyInAnyOrder(ChannelType.TEXT, ChannelType.NEWS);
    }

    @Test
    void aGateSetsWhoSeesTheCommandByDefault() {
        assertThat(command(briefing, 100).definition().getDefaultPermissions().getPermissionsRaw())
                .isEqualTo(DefaultMemberPermissions.ENABLED.getPermissionsRaw());
        assertThat(command(briefing.gated(SlashCommand.Gate.CHANNEL_MANAGERS), 100).definition()
                .getDefaultPermissions().getPermissionsRaw())
                .isEqualTo(Permission.MANAGE_CHANNEL.getRawValue());
        assertThat(command(briefing.gated(SlashCommand.Gate.ADMINS), 100).definition()
                .getDefaultPermissions().getPermissionsRaw())
                .isEqualTo(Permission.MANAGE_SERVER.getRawValue());
        assertThat(new ExtensionCommand(briefing.gated(SlashCommand.Gate.ADMINS), workers, new RateLimits(1, 1, clock),
                new Admins(Set.of("editors"))).definition().getDefaultPermissions().getPermissionsRaw())
                .as("with an admin role, everyone sees it and the bot checks")
                .isEqualTo(DefaultMemberPermissions.ENABLED.getPermissionsRaw());
    }

    @Test
    void commandsCountAgainstTheRateLimits() {
        ExtensionCommand limited = command(briefing, 1);
        limited.handle(new SlashEvents("briefing", 5, 1, 10, Map.of()).event);
        SlashEvents second = new SlashEvents("briefing", 5, 1, 10, Map.of());

        limited.handle(second.event);

        verify(second.event, org.mockito.Mockito.never()).deferReply(org.mockito.ArgumentMatchers.anyBoolean());
        assertThat(second.replyText()).startsWith("You're asking faster");
    }

    @Test
    void aCommandHasOptionsOrSubcommandsNotBoth() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SlashCommand("x", "x",
                List.of(SlashOption.text("a", "a", false)), List.of(SlashSubcommand.of("b", "b")), false,
                r -> ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
