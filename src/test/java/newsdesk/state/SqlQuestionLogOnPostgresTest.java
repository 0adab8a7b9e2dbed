package newsdesk.state;

import newsdesk.database.DatabaseSettings;
import newsdesk.testing.TestPostgres;

/** The contract of {@link SqlQuestionLogTest} on PostgreSQL (a fresh database on the test JVM's embedded server). */
class SqlQuestionLogOnPostgresTest extends SqlQuestionLogTest {
    private final DatabaseSettings database = TestPostgres.freshDatabase();

    @Override
    StateDatabase open() {
        return StateDatabase.open(database, clock);
    }
}
