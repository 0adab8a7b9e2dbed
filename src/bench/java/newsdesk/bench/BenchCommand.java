package newsdesk.bench;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsdesk bench [--passages N] [--json]}, or {@code java -jar target/newsdesk-bench.jar}: the benchmark's
 * command line. It lives outside the product jar, with the synthetic corpus it measures on.
 */
@Command(name = "newsdesk bench", mixinStandardHelpOptions = true, version = "newsdesk bench",
        description = "Measures ingest rate, retrieval and answer latency on a synthetic news corpus.")
public final class BenchCommand implements Callable<Integer> {
    static final int DEFAULT_PASSAGES = 10_000;
    static final int MAX_PASSAGES = 2_000_000;

    @Option(names = "--passages", paramLabel = "N", description = "passages in the corpus (default ${DEFAULT-VALUE})",
            defaultValue = "10000", converter = PassageCount.class)
    int passages = DEFAULT_PASSAGES;

    @Option(names = "--json", description = "one JSON object instead of a table")
    boolean json;

    private final PrintStream out;
    private final PrintStream err;
    private final Path cacheDir;
    private final int questions;

    /** @param questions how many questions to time (fewer make a quick test run) */
    BenchCommand(PrintStream out, PrintStream err, Path cacheDir, int questions) {
        this.out = out;
        this.err = err;
        this.cacheDir = cacheDir;
        this.questions = questions;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        System.exit(run(args, out, System.err, Path.of(System.getProperty("java.io.tmpdir"), "newsdesk-bench-cache"),
                Bench.QUERIES));
    }

    static int run(String[] args, PrintStream out, PrintStream err, Path cacheDir, int questions) {
        CommandLine cli = new CommandLine(new BenchCommand(out, err, cacheDir, questions));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setParameterExceptionHandler((e, argv) -> {
            e.getCommandLine().getErr().println("newsdesk bench: " + e.getMessage());
            e.getCommandLine().getErr().print(e.getCommandLine().getHelp().fullSynopsis());
            e.getCommandLine().getErr().flush();
            return 2;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        try {
            Map<String, Object> result = new Bench(passages, cacheDir, err, questions).measure();
            out.print(json ? Report.json(result) : Report.table(result));
            out.flush();
            return 0;
        } catch (java.io.IOException | RuntimeException e) {
            err.println("newsdesk bench: failed: " + e);
            return 1;
        }
    }
}
