package newsdesk.state;

import newsdesk.database.DatabaseSettings;
import newsdesk.testing.TestPostgres;

/** The contract of {@link SqlFeedbackStoreTest} on PostgreSQL (a fresh database on the test JVM's embedded server). */
class SqlFeedbackStoreOnPostgresTest extends SqlFeedbackStoreTest {
    private final DatabaseSettings database = TestPostgres.freshDatabase();

    @Override
    StateDatabase open() {
        return StateDatabase.open(database, clock);
    }

    @Override
    java.sql.Connection raw() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(database.url());
    }
}
