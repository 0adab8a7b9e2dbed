package newsdesk.retrieval;

import java.util.List;

/** Finds the passages most relevant to a query, best first. */
public interface PassageRetriever {
    List<RetrievedPassage> retrieve(String query, SearchFilter filter, int limit);

    default List<RetrievedPassage> retrieve(String query, int limit) {
        return retrieve(query, SearchFilter.NONE, limit);
    }
}
