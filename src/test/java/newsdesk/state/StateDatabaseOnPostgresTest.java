package newsdesk.state;

import newsdesk.database.DatabaseSettings;
import newsdesk.testing.TestPostgres;

/** The contract of {@link StateDatabaseTest} on PostgreSQL (a fresh database on the test JVM's embedded server). */
class StateDatabaseOnPostgresTest extends StateDatabaseTest {
    private final DatabaseSettings database = TestPostgres.freshDatabase();

    @Override
    StateDatabase open() {
        return StateDatabase.open(database, clock);
    }
}
