package newsdesk.retrieval;

/** The index was built with another embedding model than the one this build searches with. */
public final class EmbeddingModelMismatch extends RuntimeException {
    private final String stored;
    private final String current;

    EmbeddingModelMismatch(String folder, String stored, String current) {
        super("the index in " + folder + " holds vectors of the embedding model " + stored + ", but this Newsdesk uses "
                + current + ": re-embed the stored articles with `newsdesk reindex` (articles are kept; only their "
                + "vectors are made again), or use the Newsdesk version that built it");
        this.stored = stored;
        this.current = current;
    }

    public String stored() {
        return stored;
    }

    public String current() {
        return current;
    }
}
