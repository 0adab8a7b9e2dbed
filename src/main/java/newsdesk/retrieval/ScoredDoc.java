package newsdesk.retrieval;

/** A Lucene document number with a score, within one index view. */
record ScoredDoc(int doc, double score) {
}
