package newsdesk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsdesk.article.IngestListener;
import newsdesk.article.IngestReport;
import newsdesk.article.Ingestor;

/** {@code ingest PATH...}: files and folders in; a summary out, with a reason for each file skipped. */
final class IngestCommand implements Command {
    @Override
    public int run(Wiring wiring, List<String> args) {
        if (args.isEmpty()) {
            throw new UsageException("ingest needs at least one file or folder");
        }
        List<Path> inputs = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--")) {
                throw new UsageException("ingest: unknown option " + a);
            }
            inputs.add(Path.of(a));
        }
        wiring.prefetchEmbeddingModel();
        IngestListener progress = wiring.interactive() ? new ProgressBar(wiring.err()) : IngestListener.NONE;
        IngestReport report = new Ingestor(wiring.index(), wiring.articleReader()).ingest(inputs, progress);
        wiring.out().println(report.summaryLine());
        wiring.out().print(report.skipLines());
        wiring.out().print(report.duplicateLines());
        boolean nothingRead = report.added() + report.updated() + report.unchanged() == 0;
        return nothingRead && !report.skipped().isEmpty() ? 1 : 0;
    }
}
