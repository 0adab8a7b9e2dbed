package newsdesk.article;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What an ingest run did. Articles whose text another article already holds are not stored again: they count as
 * unchanged and are listed in {@code duplicates}, like {@code b.md: same text as article a}.
 *
 * @param notAdded files (or entries) never tried because the run stopped early
 * @param stoppedBecause why the run stopped before the end (the store stayed busy), or null when it ran through
 */
public record IngestReport(int added, int updated, int unchanged, List<Skipped> skipped, List<String> duplicates,
                           List<String> notAdded, String stoppedBecause) {

    public IngestReport {
        skipped = List.copyOf(skipped);
        duplicates = List.copyOf(duplicates);
        notAdded = List.copyOf(notAdded);
    }

    public IngestReport(int added, int updated, int unchanged, List<Skipped> skipped, List<String> duplicates) {
        this(added, updated, unchanged, skipped, duplicates, List.of(), null);
    }

    public IngestReport(int added, int updated, int unchanged, List<Skipped> skipped) {
        this(added, updated, unchanged, skipped, List.of());
    }

    public boolean stoppedEarly() {
        return stoppedBecause != null;
    }

    /**
     * A file or entry that was left out.
     *
     * @param file the path as given, with the entry for files holding several ({@code wire.jsonl line 3})
     * @param reason short, like {@code unsupported file type .pdf}
     */
    public record Skipped(String file, String reason) {
    }

    /** Like {@code 3 added, 1 updated, 5 unchanged, 2 skipped} (and {@code , 4 not added} after an early stop). */
    public String summaryLine() {
        return added + " added, " + updated + " updated, " + unchanged + " unchanged, " + skipped.size() + " skipped"
                + (stoppedEarly() ? ", " + notAdded.size() + " not added" : "");
    }

    /** After an early stop: why, then a line per file not added, each ending in a line break. */
    public String notAddedLines() {
        if (!stoppedEarly()) {
            return "";
        }
        return "stopped early: " + stoppedBecause + "\n"
                + notAdded.stream().map(f -> "  not added " + f + "\n").collect(Collectors.joining());
    }

    /** A line per skipped file, each ending in a line break, like {@code   skipped notes.pdf: unsupported file type .pdf}. */
    public String skipLines() {
        return skipped.stream().map(s -> "  skipped " + s.file() + ": " + s.reason() + "\n").collect(Collectors.joining());
    }

    /** A line per duplicate, each ending in a line break, like {@code   duplicate b.md: same text as article a}. */
    public String duplicateLines() {
        return duplicates.stream().map(d -> "  duplicate " + d + "\n").collect(Collectors.joining());
    }
}
