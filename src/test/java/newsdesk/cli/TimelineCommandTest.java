package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsdesk timeline} over the fixture story of three dated reports, and over the bundled sample. */
class TimelineCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @TempDir
    Path charts;

    @Test
    void theFixtureStorysEventsInDateOrderEachCitedWithItsTollCharted() throws Exception {
        Path story = Path.of(getClass().getResource("/briefing/timeline").toURI());
        assertThat(CliRun.run(data, "ingest", story.toString()).exitCode()).isZero();

        CliRun run = CliRun.run(data, "timeline", "Lake Orrin ferry", "--json", "--chart-dir", charts.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode t = JSON.readTree(run.out());
        assertThat(t.get("articles").asInt()).isEqualTo(3);
        List<String> dates = new ArrayList<>();
        for (JsonNode e : t.get("events")) {
            dates.add(e.get("date").asText());
            assertThat(e.get("text").asText()).contains("[" + e.get("citation").get("n").asInt() + "]")
                    .contains(e.get("citation").get("quote").asText());
            String article = Files.readString(story.resolve(e.get("citation").get("articleId").asText() + ".md"));
            assertThat(article).contains(e.get("citation").get("quote").asText());
        }
        assertThat(dates).isSorted().contains("2025-05-10", "2025-05-11", "2025-05-13");
        assertThat(t.get("events").get(0).get("kind").asText()).isEqualTo("first report");
        assertThat(t.get("events").get(t.get("events").size() - 1).get("kind").asText()).isEqualTo("latest");
        assertThat(t.get("events").toString()).contains("people killed: 9 → 17").contains("people killed: 17 → 26");

        JsonNode series = t.get("charted").get(0);
        assertThat(series.get("measure").asText()).isEqualTo("people killed");
        assertThat(series.get("points").findValuesAsText("value")).containsExactly("9", "17", "26");
        Path chart = Path.of(t.get("chartFiles").get(0).asText());
        assertThat(chart.getParent()).isEqualTo(charts.toAbsolutePath());
        BufferedImage png = ImageIO.read(chart.toFile());
        assertThat(png.getWidth()).isEqualTo(640);
        assertThat(png.getHeight()).isEqualTo(320);
    }

    @Test
    void theSamplesTimelineIsCitedAndNeedsNoChartForOneReport() throws URISyntaxException {
        CliRun run = CliRun.run(data, "timeline", "gas plant special forces", "--chart-dir", charts.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("🕒 **Timeline · Algeria").contains("first report")
                .contains("12 → 23").contains("18 → 32").contains("-# [1]").doesNotContain("Chart:");
    }

    @Test
    void aQueryNoStoryMatchesSaysSoAndNoQueryIsAUsageError() {
        CliRun none = CliRun.run(data, "timeline", "volcanic eruption in Iceland", "--chart-dir", charts.toString());
        assertThat(none.exitCode()).isZero();
        assertThat(none.out()).contains("No stored story matches");
        assertThat(CliRun.run(data, "timeline").exitCode()).isEqualTo(2);
    }
}
