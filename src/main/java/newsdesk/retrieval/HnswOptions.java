package newsdesk.retrieval;

/**
 * The vector graph's shape and search width.
 *
 * @param maxConnections links per node (Lucene's M)
 * @param beamWidth candidates kept while linking a new node
 * @param searchFactor the graph is searched for this many times the vectors wanted, and the best are kept: a wider
 *                     search finds more of the true nearest vectors for little time
 */
record HnswOptions(int maxConnections, int beamWidth, int searchFactor) {
    static final HnswOptions DEFAULT = new HnswOptions(32, 200, 1);

    HnswOptions {
        if (maxConnections < 2 || beamWidth < 1 || searchFactor < 1) {
            throw new IllegalArgumentException("bad HNSW options " + maxConnections + ", " + beamWidth + ", " + searchFactor);
        }
    }
}
