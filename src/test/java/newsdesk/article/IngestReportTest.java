package newsdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IngestReportTest {
    private final IngestReport report = new IngestReport(3, 1, 5,
            List.of(new IngestReport.Skipped("notes.pdf", "unsupported file type .pdf"),
                    new IngestReport.Skipped("feed.jsonl line 2", "not valid JSON (eof)")),
            List.of("b.md: same text as article a"));

    @Test
    void summarisesInOneLine() {
        assertThat(report.summaryLine()).isEqualTo("3 added, 1 updated, 5 unchanged, 2 skipped");
    }

    @Test
    void rendersOneLinePerSkipAndDuplicate() {
        assertThat(report.skipLines()).isEqualTo("  skipped notes.pdf: unsupported file type .pdf\n"
                + "  skipped feed.jsonl line 2: not valid JSON (eof)\n");
        assertThat(report.duplicateLines()).isEqualTo("  duplicate b.md: same text as article a\n");
    }

    @Test
    void aCleanRunRendersNothing() {
        IngestReport clean = new IngestReport(2, 0, 0, List.of());

        assertThat(clean.skipLines()).isEmpty();
        assertThat(clean.duplicateLines()).isEmpty();
        assertThat(clean.duplicates()).isEmpty();
    }
}
