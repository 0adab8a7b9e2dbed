package newsdesk.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsdesk.config.Config;
import newsdesk.config.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses global options, picks the command and turns every outcome into an exit code: 0 success, 2 usage or
 * config error, 1 any other failure. Standard output carries only results; messages go to standard error.
 */
public final class Cli {
    static final String USAGE = """
            usage: newsdesk [--config FILE] [--data DIR] [--verbose] COMMAND [ARGS]

            commands:
              ask [--json] [QUESTION]      answer a question with cited sources (no question + --json: one per stdin line)
              ingest PATH...               add or update articles from files and folders
              articles                     list the stored articles
              console                      a local chat channel: questions, /ask, /sources, /help
              eval FILE.jsonl [--mode M]   score a question set (facts, citation evidence, abstentions)
              bench [--passages N] [--json] measure ingest rate, retrieval and answer latency
              brief [--since D] [--topic T] [--json]  the briefing of what is new
              timeline "QUERY" [--json] [--chart-dir DIR]  a story's dated events, and charts of its figures
              bot                          run the Discord bot (token from DISCORD_TOKEN)

            options:
              --config FILE   settings to use over the defaults (see config/newsdesk.yaml)
              --data DIR      where the index and state live (default ./data)
              --verbose       more log output on standard error
            """;

    private final InputStream stdin;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final Clock clock;
    private final boolean interactive;

    public Cli(InputStream stdin, PrintStream out, PrintStream err, Map<String, String> env, Clock clock, boolean interactive) {
        this.stdin = stdin;
        this.out = out;
        this.err = err;
        this.env = env;
        this.clock = clock;
        this.interactive = interactive;
    }

    public static Cli standard() {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        return new Cli(System.in, out, System.err, System.getenv(), Clock.systemUTC(), System.console() != null);
    }

    static Map<String, Command> commands() {
        Map<String, Command> c = new LinkedHashMap<>();
        c.put("ask", new AskCommand());
        c.put("ingest", new IngestCommand());
        c.put("articles", new ArticlesCommand());
        c.put("console", new ConsoleCommand());
        c.put("eval", new EvalCommand());
        c.put("bench", (w, args) -> Bench.run(args, w.out(), w.err()));
        c.put("brief", new BriefCommand());
        c.put("timeline", new TimelineCommand());
        c.put("bot", new BotCommand());
        return c;
    }

    public int run(String... argv) {
        List<String> args = new ArrayList<>(Arrays.asList(argv));
        Path configFile = null;
        Path dataDir = Path.of(env.getOrDefault("NEWSDESK_DATA", "data"));
        boolean verbose = false;
        try {
            while (!args.isEmpty() && args.get(0).startsWith("-")) {
                String opt = args.remove(0);
                switch (opt) {
                    case "--config" -> configFile = Path.of(value(args, opt));
                    case "--data" -> dataDir = Path.of(value(args, opt));
                    case "--verbose", "-v" -> verbose = true;
                    case "--help", "-h" -> {
                        out.print(USAGE);
                        return 0;
                    }
                    default -> throw new UsageException("unknown option " + opt);
                }
            }
            Logging.configure(verbose);
            if (args.isEmpty()) {
                throw new UsageException("no command given");
            }
            String name = args.remove(0);
            if (name.equals("help")) {
                out.print(USAGE);
                return 0;
            }
            Command command = commands().get(name);
            if (command == null) {
                throw new UsageException("unknown command '" + name + "'");
            }
            Config config = Config.load(configFile, env);
            warnAboutUnknownEnvironment(config);
            var in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
            try (Wiring wiring = new Wiring(config, dataDir, clock, env, in, out, err, interactive)) {
                return command.run(wiring, args);
            }
        } catch (UsageException e) {
            err.println("newsdesk: " + e.getMessage());
            err.println("Try 'newsdesk --help'.");
            return 2;
        } catch (ConfigException e) {
            err.println("newsdesk: configuration error: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("newsdesk: " + describe(e));
            LoggerFactory.getLogger(Cli.class).debug("failure", e);
            return 1;
        }
    }

    private void warnAboutUnknownEnvironment(Config config) {
        Logger log = LoggerFactory.getLogger(Cli.class);
        for (String name : config.unknownEnvironmentKeys(env, List.of("NEWSDESK_LLM_API_KEY", "NEWSDESK_DATA"))) {
            log.warn("environment variable {} names no setting; ignored", name);
        }
    }

    private static String value(List<String> args, String option) {
        if (args.isEmpty() || args.get(0).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args.remove(0);
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        Throwable cause = e.getCause();
        while ((message == null || message.isBlank()) && cause != null) {
            message = cause.getMessage();
            cause = cause.getCause();
        }
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
