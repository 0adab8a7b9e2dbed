package newsdesk.cli;

import newsdesk.retrieval.NewsIndex;
import picocli.CommandLine.Command;

/** {@code reindex}: every stored article embedded again, with this version's embedding model. */
@Command(name = "reindex", description = {"Embeds every stored article again with this version's embedding model.",
        "Needed once when a store was built by a version with another model (the other commands say so). "
                + "Articles are kept; an interrupted run is finished by running it again."})
final class ReindexCommand extends WiredCommand {
    private static final int BATCH = 32;

    @Override
    int run(Wiring wiring) {
        wiring.prefetchEmbeddingModel();
        NewsIndex store = wiring.storeToReembed();
        int total = store.articles().size();
        int done = store.reembedAll(BATCH, n -> {
            if (wiring.interactive()) {
                wiring.err().print("\rre-embedding: " + n + " of " + total + " articles");
            }
        });
        if (wiring.interactive()) {
            wiring.err().println();
        }
        wiring.out().println(done + (done == 1 ? " article" : " articles") + " embedded with "
                + store.embeddingModel());
        return Cli.OK;
    }
}
