package newsdesk.retrieval;

import java.util.List;

/** Merges a lexical and a semantic ranking (best first) into one. */
interface Fusion {
    List<ScoredDoc> fuse(List<ScoredDoc> lexical, List<ScoredDoc> semantic, int limit);
}
