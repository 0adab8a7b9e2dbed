package newsdesk.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import newsdesk.config.Config;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newsdesk [--config FILE] [--data DIR] [--verbose] COMMAND}: the options every command shares, and the one
 * place a command's {@link Wiring} is built from them, after every setting has been checked.
 */
@Command(name = "newsdesk", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        description = "Cited answers and daily briefings over a store of news articles.",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success",
                "  1  failure (the message says why), or an ingest that stored nothing",
                "  2  usage or configuration error",
                "  3  an ingest that stored what it could but skipped some files",
                "",
                "Run 'newsdesk COMMAND --help' for a command's options."})
final class NewsdeskCommand implements Runnable {
    @Option(names = "--config", paramLabel = "FILE",
            description = "settings over the defaults (see config/newsdesk.yaml)")
    Path configFile;

    @Option(names = "--data", paramLabel = "DIR",
            description = "where the index and state live (default: $NEWSDESK_DATA, else ./data)")
    Path dataDir;

    @Option(names = {"-v", "--verbose"}, description = "more log output on standard error")
    boolean verbose;

    @Spec
    CommandSpec spec;

    private final Terminal terminal;

    NewsdeskCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "no command given");
    }

    /** Loads and checks the settings, builds the wiring, runs the command and closes what it opened. */
    int run(WiredCommand command) throws Exception {
        Logging.configure(verbose);
        Config config = Config.load(configFile, terminal.env());
        StartupCheck.check(config, terminal.env());
        Path data = dataDir != null ? dataDir : Path.of(terminal.env().getOrDefault("NEWSDESK_DATA", "data"));
        var in = new BufferedReader(new InputStreamReader(terminal.stdin(), StandardCharsets.UTF_8));
        try (Wiring wiring = new Wiring(config, data, terminal.clock(), terminal.env(), in, terminal.out(),
                terminal.err(), terminal.interactive())) {
            return command.run(wiring);
        }
    }
}
