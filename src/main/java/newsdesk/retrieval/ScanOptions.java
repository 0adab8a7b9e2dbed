package newsdesk.retrieval;

/**
 * When vector search passes over every vector ({@link VectorScan}) instead of walking the graph.
 *
 * @param upTo stores of at most this many passage vectors are scanned; larger ones search the graph, whose cost grows
 *             more slowly than a scan's
 * @param rerankFactor the scan compares exactly this many times the vectors wanted
 */
record ScanOptions(int upTo, int rerankFactor) {
    /**
     * Measured at 100k passages on a 2-core machine (bench): recall@10 0.98 against exact search, 2.9 ms at p95,
     * where the graph needs a search 400 wide and 7.5 ms for 0.95. A scan's time grows with the store; at about
     * 300k passages it would pass that.
     */
    static final ScanOptions DEFAULT = new ScanOptions(300_000, 20);

    ScanOptions {
        if (upTo < 0 || rerankFactor < 1) {
            throw new IllegalArgumentException("bad scan options " + upTo + ", " + rerankFactor);
        }
    }
}
