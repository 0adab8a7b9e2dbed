package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsdesk brief} over a fresh store: the bundled sample arrives now but was published in 2013, so it is news
 * only to a briefing asked for since a date before it.
 */
class BriefCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @Test
    void aFreshStoreBriefsTheSampleWithItsDeathTollChange() throws Exception {
        CliRun run = CliRun.run(data, "brief", "--json", "--since", "2000-01-01");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).hasSize(1);
        JsonNode b = JSON.readTree(run.out());
        assertThat(b.get("items")).hasSize(1);
        assertThat(b.get("items").get(0).get("citations").get(0).get("articleId").asText())
                .isEqualTo("in-amenas-2013-01-19");
        assertThat(b.get("changes").toString()).contains("12 captives").contains("at least 23 hostages")
                .contains("18 kidnappers").contains("all 32 militants");
        assertThat(b.get("text").asText()).contains("What changed");

        CliRun text = CliRun.run(data, "brief", "--since", "2000-01-01");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).startsWith("📰 **Briefing**").contains("12 captives → at least 23 hostages (over time");
    }

    @Test
    void withoutSinceAnOldArticleThatJustArrivedIsOnlyListedAsAlsoAdded() throws Exception {
        CliRun run = CliRun.run(data, "brief", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode b = JSON.readTree(run.out());
        assertThat(b.get("items")).isEmpty();
        assertThat(b.get("alsoAdded").get(0).get("title").asText()).contains("Algeria");
        assertThat(b.get("text").asText()).contains("nothing new since").contains("Also added, published earlier");
    }

    @Test
    void aWindowAfterTheIngestIsEmptyAndABadSinceIsAUsageError() {
        CliRun later = CliRun.run(data, "brief", "--since", "2999-01-01");
        assertThat(later.exitCode()).isZero();
        assertThat(later.out()).contains("nothing new since");

        CliRun bad = CliRun.run(data, "brief", "--since", "yesterday");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("24h");
    }
}
