package newsdesk.state;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings the schema up to date from the numbered scripts in {@code /db} ({@code V<n>__<what>.sql}), each applied once,
 * in order, in its own transaction with its row in {@code schema_version}. A script is never edited once released:
 * a change is a new script.
 */
final class Migrations {
    /** In order; the number in each name is its version. Resources cannot be listed portably from a jar. */
    static final List<String> SCRIPTS = List.of(
            "V1__subscriptions.sql",
            "V2__briefing_ledger.sql",
            "V3__feedback.sql",
            "V4__feed_state.sql",
            "V5__feedback_votes.sql",
            "V6__questions.sql",
            "V7__guild_settings.sql",
            "V8__shared_articles.sql");

    private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");

    private Migrations() {
    }

    /** @return the schema version after migrating */
    static int migrate(Connection c, Clock clock) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INTEGER NOT NULL PRIMARY KEY, description VARCHAR(200) NOT NULL, applied_at BIGINT NOT NULL)");
        }
        int current = currentVersion(c);
        int latest = SCRIPTS.size();
        if (current > latest) {
            throw new StateException("the state database is at schema version " + current
                    + ", newer than this Newsdesk knows (" + latest + "); use a newer Newsdesk or another --data folder");
        }
        for (int i = 0; i < SCRIPTS.size(); i++) {
            String script = SCRIPTS.get(i);
            Matcher m = NAME.matcher(script);
            if (!m.matches() || Integer.parseInt(m.group(1)) != i + 1) {
                throw new IllegalStateException("migration " + script + " is out of sequence");
            }
            if (i + 1 <= current) {
                continue;
            }
            try (Statement s = c.createStatement()) {
                for (String sql : statements(read(script))) {
                    s.execute(sql);
                }
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
                p.setInt(1, i + 1);
                p.setString(2, m.group(2));
                p.setLong(3, clock.millis());
                p.executeUpdate();
            }
            current = i + 1;
        }
        return current;
    }

    static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Splits a script at semicolons that end a line; comment lines are dropped. Scripts hold no semicolons in text. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String read(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("/db/" + script)) {
            if (in == null) {
                throw new IllegalStateException("migration /db/" + script + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + script, e);
        }
    }
}
