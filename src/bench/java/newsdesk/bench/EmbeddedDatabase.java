package newsdesk.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;

/** A PostgreSQL started from Maven's embedded binaries, for a run without {@code --database-url}. */
final class EmbeddedDatabase implements AutoCloseable {
    private final EmbeddedPostgres pg;

    private EmbeddedDatabase(EmbeddedPostgres pg) {
        this.pg = pg;
    }

    /** With autovacuum off, so that the transactions counted while asking are the bot's alone. */
    static EmbeddedDatabase start() throws IOException {
        return new EmbeddedDatabase(EmbeddedPostgres.builder().setServerConfig("autovacuum", "off").start());
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres?user=postgres";
    }

    @Override
    public void close() throws IOException {
        pg.close();
    }
}
