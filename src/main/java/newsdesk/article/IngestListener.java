package newsdesk.article;

/**
 * Hears how an ingest run is going: called before each item with the number finished so far and the item's name
 * (a file path, or an article's origin and id), and once at the end with {@code done == total} and an empty name.
 */
@FunctionalInterface
public interface IngestListener {
    IngestListener NONE = (done, total, current) -> { };

    void progress(int done, int total, String current);
}
