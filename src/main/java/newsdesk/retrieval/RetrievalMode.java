package newsdesk.retrieval;

/** How passages are found: lexical (BM25), semantic (embeddings) or both fused. */
public enum RetrievalMode {
    HYBRID, BM25, VECTOR
}
