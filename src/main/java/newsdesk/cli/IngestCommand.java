package newsdesk.cli;

import java.nio.file.Path;
import java.util.List;
import newsdesk.article.IngestListener;
import newsdesk.article.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ingest PATH...}: files and folders in; a summary out, with a reason for each file skipped. */
@Command(name = "ingest", description = {"Adds or updates articles from files and folders (recursively).",
        "Prints added / updated / unchanged / skipped, with the reason for each file skipped.",
        "Ids come from the path below the folder named (b/index.md gives b/index) unless an article names its own.",
        "Waits for another ingest of the same store to finish (see ingest.wait-seconds) and never skips a file for it.",
        "Exit code 0 when every file went in, 3 when some were skipped, 1 when nothing could be stored or the wait "
                + "ran out (the files not added are listed)."})
final class IngestCommand extends WiredCommand {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "article files and folders")
    List<Path> inputs;

    @Override
    int run(Wiring wiring) {
        wiring.prefetchEmbeddingModel();
        IngestListener progress = wiring.interactive() ? new ProgressBar(wiring.err()) : IngestListener.NONE;
        IngestReport report = wiring.ingestor().ingest(inputs, progress);
        wiring.out().println(report.summaryLine());
        wiring.out().print(report.skipLines());
        wiring.out().print(report.duplicateLines());
        wiring.out().print(report.notAddedLines());
        if (report.stoppedEarly()) {
            wiring.err().println("newsdesk: ingest stopped early, " + report.notAdded().size()
                    + (report.notAdded().size() == 1 ? " file" : " files") + " not added: " + report.stoppedBecause());
            return Cli.FAILURE;
        }
        boolean nothingRead = report.added() + report.updated() + report.unchanged() == 0;
        if (report.skipped().isEmpty()) {
            return Cli.OK;
        }
        return nothingRead ? Cli.FAILURE : Cli.SKIPPED_SOME;
    }
}
