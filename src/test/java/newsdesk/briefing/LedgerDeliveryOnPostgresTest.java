package newsdesk.briefing;

import newsdesk.database.DatabaseSettings;
import newsdesk.state.StateDatabase;
import newsdesk.testing.TestPostgres;

/** The delivery state machine over a ledger in PostgreSQL: the same guarantees as on SQLite. */
class LedgerDeliveryOnPostgresTest extends LedgerDeliveryTest {
    private final DatabaseSettings database = TestPostgres.freshDatabase();

    @Override
    StateDatabase openDatabase() {
        return StateDatabase.open(database, clock);
    }
}
