package newsdesk.retrieval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsdesk.article.StoredArticle;

/**
 * What a writer has put since its last commit, which the committed view cannot show yet: later articles of one
 * ingest must see earlier ones (an unchanged one, a duplicate text). Not thread-safe: the store guards it.
 */
final class PendingArticles {
    private final Map<String, StoredArticle> byId = new HashMap<>();
    private final Map<String, String> idByHash = new HashMap<>();

    Optional<StoredArticle> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Records a planned article as pending; the returned action takes that back if it is not written after all.
     *
     * @param replacedHash the content hash of the version it replaces, or null
     */
    Runnable remember(StoredArticle stored, String replacedHash) {
        String id = stored.id();
        StoredArticle previousPending = byId.put(id, stored);
        boolean droppedOldHash = replacedHash != null && idByHash.remove(replacedHash, id);
        String previousHolder = idByHash.put(stored.contentHash(), id);
        return () -> {
            restore(idByHash, stored.contentHash(), previousHolder);
            if (droppedOldHash) {
                idByHash.put(replacedHash, id);
            }
            restore(byId, id, previousPending);
        };
    }

    /**
     * Another article holding this text, pending or committed (and not replaced by a pending version since).
     *
     * @param committed the ids of committed articles with this hash
     */
    Optional<String> otherWith(String hash, String exceptId, List<String> committed) {
        String pending = idByHash.get(hash);
        if (pending != null && !pending.equals(exceptId)) {
            return Optional.of(pending);
        }
        for (String id : committed) {
            StoredArticle replaced = byId.get(id);
            boolean stillHoldsIt = replaced == null || replaced.contentHash().equals(hash);
            if (!id.equals(exceptId) && stillHoldsIt) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    void clear() {
        byId.clear();
        idByHash.clear();
    }

    private static <V> void restore(Map<String, V> map, String key, V previous) {
        if (previous == null) {
            map.remove(key);
        } else {
            map.put(key, previous);
        }
    }
}
