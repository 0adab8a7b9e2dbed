package newsdesk.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.List;
import java.util.Map;
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

    @AfterEach
    void stop() {
        workers.close();
    }

    @Test
    void isRegisteredWithItsSubcommandsAndOptionTypesRequiredOptionsFirst() {
        SlashCommandData data = new ExtensionCommand(briefing, workers).definition();
        assertThat(data.getName()).isEqualTo("briefing");
        assertThat(data.getSubcommands()).extracting(SubcommandData::getName).containsExactly("subscribe", "unsubscribe");
        assertThat(data.getSubcommands().get(0).getOptions()).extracting(o -> o.getType())
                .containsExactly(OptionType.CHANNEL, OptionType.STRING, OptionType.INTEGER, OptionType.BOOLEAN);
        assertThat(new ExtensionCommand(briefing, workers).helpLine()).isEqualTo("`/briefing` — Daily briefings");
    }

    @Test
    void runsTheHandlerOnAWorkerBehindAPrivateDeferralAndSplitsTheReply() {
        SlashEvents slash = new SlashEvents("briefing", 5, 1, 10, Map.of("time", "08:00", "items", 5L, "quiet", true));
        org.mockito.Mockito.when(slash.event.getSubcommandName()).thenReturn("subscribe");

        new ExtensionCommand(briefing, workers).handle(slash.event);
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
    void aCommandHasOptionsOrSubcommandsNotBoth() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SlashCommand("x", "x",
                List.of(SlashOption.text("a", "a", false)), List.of(SlashSubcommand.of("b", "b")), false,
                r -> SlashReply.of("")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
