package newsdesk.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;

/**
 * The command line: picks the command and turns every outcome into an exit code. Standard output carries only
 * results; messages go to standard error.
 */
public final class Cli {
    public static final int OK = 0;
    /** A failure the message explains; also an ingest that stored nothing, or that ran out of time. */
    public static final int FAILURE = 1;
    /** The command line or the configuration cannot be used as written. */
    public static final int USAGE = 2;
    /** An ingest that stored what it could but skipped some files. */
    public static final int SKIPPED_SOME = 3;

    private final Terminal terminal;

    public Cli(InputStream stdin, PrintStream out, PrintStream err, Map<String, String> env, Clock clock,
               boolean interactive) {
        this.terminal = new Terminal(stdin, out, err, env, clock, interactive);
    }

    public static Cli standard() {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        return new Cli(System.in, out, System.err, System.getenv(), Clock.systemUTC(), System.console() != null);
    }

    public int run(String... argv) {
        return commandLine().execute(argv);
    }

    CommandLine commandLine() {
        CommandLine cli = new CommandLine(new NewsdeskCommand(terminal))
                .addSubcommand(new AskCommand())
                .addSubcommand(new IngestCommand())
                .addSubcommand(new ArticlesCommand())
                .addSubcommand(new ConsoleCommand())
                .addSubcommand(new EvalCommand())
                .addSubcommand(new EvalClaimsCommand())
                .addSubcommand(new BriefCommand())
                .addSubcommand(new TimelineCommand())
                .addSubcommand(new ReindexCommand())
                .addSubcommand(new BotCommand())
                .addSubcommand(new CommandLine.HelpCommand());
        cli.setOut(new PrintWriter(terminal.out(), true));
        cli.setErr(new PrintWriter(terminal.err(), true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(new UsageErrors());
        cli.setExecutionExceptionHandler(new Failures());
        return cli;
    }
}
