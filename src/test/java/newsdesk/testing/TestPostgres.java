package newsdesk.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import newsdesk.database.DatabaseSettings;

/**
 * A real PostgreSQL (17, from Maven: zonky's embedded binaries; as root it runs in a user namespace, as zonky does)
 * started once per test JVM on 127.0.0.1, with a fresh database for each caller, so tests never see each other's
 * rows and the server's start (a few seconds) is paid once.
 */
public final class TestPostgres {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    /** A new, empty database on the shared server. */
    public static DatabaseSettings freshDatabase() {
        EmbeddedPostgres pg = server();
        String name = "newsdesk_test_" + NEXT.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database: " + e.getMessage(), e);
        }
        return new DatabaseSettings("jdbc:postgresql://localhost:" + pg.getPort() + "/" + name + "?user=postgres", null);
    }

    /** Runs a statement as the superuser on the server's maintenance database (e.g. to end other sessions). */
    public static void admin(String sql) {
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL: " + e.getMessage(), e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is ending anyway
                }
            }, "embedded-postgres-stop"));
        }
        return server;
    }
}
