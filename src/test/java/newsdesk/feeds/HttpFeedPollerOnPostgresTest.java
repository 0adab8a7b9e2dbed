package newsdesk.feeds;

import newsdesk.database.DatabaseSettings;
import newsdesk.state.StateDatabase;
import newsdesk.testing.TestPostgres;

/** The feed poller with its state in PostgreSQL, where two processes share each feed's claims. */
class HttpFeedPollerOnPostgresTest extends HttpFeedPollerTest {
    private final DatabaseSettings database = TestPostgres.freshDatabase();

    @Override
    StateDatabase openDatabase() {
        return StateDatabase.open(database, clock);
    }
}
