package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help on every command, and usage errors that show the form the command takes; nothing touches the store. */
class CliUsageTest {
    static final List<String> COMMANDS = List.of("ask", "ingest", "articles", "console", "eval", "eval-claims", "brief", "timeline",
            "bot");

    @TempDir
    Path data;

    @Test
    void everyCommandHasHelpThatExitsZeroAndOpensNothing() {
        for (String command : COMMANDS) {
            CliRun run = CliRun.run(data, command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: newsdesk " + command);
        }
        CliRun top = CliRun.run(data, "--help");
        assertThat(top.out()).contains("Commands:").contains("ingest").contains("Exit codes:")
                .contains("3  an ingest that stored what it could but skipped some files");
        assertThat(CliRun.run(data, "help", "ingest").out()).contains("Usage: newsdesk ingest");
        assertThat(data).isEmptyDirectory();
    }

    @Test
    void aUsageErrorSaysWhatIsWrongAndShowsTheRightForm() {
        CliRun noQuestion = CliRun.run(data, "ask");
        assertThat(noQuestion.exitCode()).isEqualTo(2);
        assertThat(noQuestion.err()).contains("ask needs a question").contains("Usage: newsdesk ask")
                .contains("Try 'newsdesk ask --help'");

        CliRun typo = CliRun.run(data, "ask", "--jsn", "Who?");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("Unknown option: '--jsn'").contains("--json").contains("Usage: newsdesk ask");

        CliRun unknown = CliRun.run(data, "frobnicate");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown command 'frobnicate'").contains("Usage: newsdesk");

        CliRun nothingToIngest = CliRun.run(data, "ingest");
        assertThat(nothingToIngest.exitCode()).isEqualTo(2);
        assertThat(nothingToIngest.err()).contains("Usage: newsdesk ingest").contains("PATH");

        CliRun badMode = CliRun.run(data, "eval", "questions.jsonl", "--mode", "psychic");
        assertThat(badMode.exitCode()).isEqualTo(2);
        assertThat(badMode.err()).contains("--mode must be hybrid, bm25, vector or all");
        assertThat(noQuestion.out() + typo.out() + unknown.out() + badMode.out()).isEmpty();
    }

    @Test
    void aMistypedEnvironmentVariableStopsEveryCommandWithAHint() {
        CliRun run = CliRun.run(data, "", Map.of("NEWSDESK_RETREIVAL_MODE", "bm25"), "articles");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("NEWSDESK_RETREIVAL_MODE").contains("did you mean NEWSDESK_RETRIEVAL_MODE?");
        assertThat(data).isEmptyDirectory();
    }

    @Test
    void aSettingOutOfRangeStopsEveryCommandAtStartNotJustTheOneThatUsesIt() throws Exception {
        Path config = Files.writeString(data.resolveSibling(data.getFileName() + "-bot.yaml"),
                "discord:\n  workers: 500\n");
        CliRun run = CliRun.run(data, "--config", config.toString(), "articles");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("discord.workers").contains("out of range").contains("line 2, column 12");
        CliRun llm = CliRun.run(data, "", Map.of("NEWSDESK_LLM_TEMPERATURE", "7"), "articles");
        assertThat(llm.exitCode()).isEqualTo(2);
        assertThat(llm.err()).contains("llm.temperature");
    }

    @Test
    void aBrokenConfigFileGivesLineAndColumn() throws Exception {
        Path config = Files.writeString(data.resolveSibling(data.getFileName() + "-broken.yaml"),
                "discord:\n  guild-ids: [1, 2\n  workers: 2\n");
        CliRun run = CliRun.run(data, "--config", config.toString(), "articles");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).containsPattern("line \\d+, column \\d+").contains("not valid YAML");
    }
}
