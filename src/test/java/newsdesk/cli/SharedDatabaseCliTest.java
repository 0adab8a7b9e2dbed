package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import newsdesk.database.DatabaseSettings;
import newsdesk.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line of two machines sharing one PostgreSQL: one ingests, the other answers from its own copy. */
class SharedDatabaseCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLE = Path.of("src/main/resources/sample/in-amenas-2013-01-19.md");
    private static final String PASSWORD = "not-a-real-secret-4711";

    @TempDir
    Path first;
    @TempDir
    Path second;

    private final DatabaseSettings database = TestPostgres.freshDatabase();

    @Test
    void whatOneProcessIngestsAnotherAnswersFromItsOwnCopy() throws Exception {
        Map<String, String> env = Map.of("NEWSDESK_DATABASE_URL", database.url(), "NEWSDESK_DATABASE_PASSWORD", PASSWORD);
        CliRun ingest = CliRun.run(first, "", env, "--verbose", "ingest", SAMPLE.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        assertThat(ingest.out()).contains("1 added");

        CliRun ask = CliRun.run(second, "", env, "--verbose", "ask", "--json", "How many militants died in total?");
        assertThat(ask.exitCode()).as(ask.err()).isZero();
        JsonNode answer = JSON.readTree(ask.out());
        assertThat(answer.get("answer").asText()).contains("32");
        assertThat(answer.get("citations").get(0).get("articleId").asText()).isEqualTo("in-amenas-2013-01-19");
        assertThat(answer.get("notice").isNull()).as("answered from the stored article, not the demo").isTrue();

        assertThat(Files.isDirectory(second.resolve(Wiring.REPLICA_FOLDER))).isTrue();
        assertThat(second.resolve("index")).doesNotExist();
        assertThat(second.resolve("newsdesk.db")).as("state lives in the database").doesNotExist();
        assertThat(ingest.err() + ask.err()).doesNotContain(PASSWORD);
        assertThat(CliRun.run(second, "", env, "articles").out()).contains("in-amenas-2013-01-19");
    }

    @Test
    void whileTheDatabaseIsAwayTheCopyAnswersAndSaysItMayBeStaleAndAnIngestStoresNothing() throws Exception {
        Map<String, String> env = Map.of("NEWSDESK_DATABASE_URL", database.url());
        assertThat(CliRun.run(first, "", env, "ingest", SAMPLE.toString()).exitCode()).isZero();
        assertThat(CliRun.run(second, "", env, "articles").exitCode()).isZero(); // builds the second copy

        // nothing listens on port 1 of this machine: the database is away
        Map<String, String> away = Map.of("NEWSDESK_DATABASE_URL", "jdbc:postgresql://127.0.0.1:1/newsdesk?user=x");
        CliRun ask = CliRun.run(second, "", away, "ask", "--json", "How many militants died in total?");
        assertThat(ask.exitCode()).as(ask.err()).isZero();
        JsonNode answer = JSON.readTree(ask.out());
        assertThat(answer.get("answer").asText()).contains("32");
        assertThat(answer.get("notice").asText()).contains("database is unreachable").contains("may miss");

        Path article = first.resolve("new.md");
        Files.writeString(article, "# Port reopens\n\nThe port reopened on Monday after a week of repairs to the main "
                + "quay, the harbour master said. Ferries will run on the usual timetable from Tuesday morning.\n");
        CliRun ingest = CliRun.run(second, "", away, "ingest", article.toString());
        assertThat(ingest.exitCode()).isEqualTo(1);
        assertThat(ingest.err() + ingest.out()).contains("unreachable").contains("new.md");
        assertThat(CliRun.run(second, "", env, "articles").out()).doesNotContain("Port reopens");
    }

    @Test
    void aDatabaseUrlThatIsNotPostgresIsAConfigurationError() {
        CliRun run = CliRun.run(first, "", Map.of("NEWSDESK_DATABASE_URL", "mysql://db/news?password=hunter2"), "articles");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("database.url").contains("jdbc:postgresql://").doesNotContain("hunter2");
    }
}
