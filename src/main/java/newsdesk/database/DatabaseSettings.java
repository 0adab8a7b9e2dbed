package newsdesk.database;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import newsdesk.config.Config;
import newsdesk.config.ConfigException;

/**
 * Where the shared state lives: {@code database.url} (or {@code NEWSDESK_DATABASE_URL}), a {@code jdbc:postgresql://}
 * URL, with the password in the URL or in {@code NEWSDESK_DATABASE_PASSWORD}. Empty: SQLite and the local index in
 * the data folder, the default.
 *
 * <p>The URL may hold a password, so it is never logged as given: {@link #redacted()} is what messages show.
 *
 * @param url the JDBC URL, or empty for the embedded default
 * @param password from the environment, or null
 */
public record DatabaseSettings(String url, String password) {
    public static final String PASSWORD_ENV = "NEWSDESK_DATABASE_PASSWORD";
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&]password=)[^&]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@:]*):[^/@]*@");

    public DatabaseSettings {
        url = url == null ? "" : url.strip();
    }

    /** The embedded default: no shared database. */
    public static final DatabaseSettings EMBEDDED = new DatabaseSettings("", null);

    public static DatabaseSettings from(Config config, Map<String, String> env) {
        String url = config.string("database.url").strip();
        if (!url.isEmpty() && !url.startsWith("jdbc:postgresql:")) {
            throw new ConfigException("database.url must be a jdbc:postgresql://host:port/database URL (or empty for "
                    + "the embedded SQLite default), not " + new DatabaseSettings(url, null).redacted());
        }
        String password = env.get(PASSWORD_ENV);
        return new DatabaseSettings(url, password == null || password.isEmpty() ? null : password);
    }

    /** True when state and articles are shared through PostgreSQL. */
    public boolean shared() {
        return !url.isEmpty();
    }

    public Optional<String> jdbcUrl() {
        return shared() ? Optional.of(url) : Optional.empty();
    }

    /** The URL without any password, fit for logs and messages. */
    public String redacted() {
        String r = PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
        return USER_INFO.matcher(r).replaceAll("$1:***@");
    }

    /** Connection properties: the password from the environment (the URL's own parameters come with the URL). */
    Properties properties(String applicationName) {
        Properties p = new Properties();
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("ApplicationName", applicationName);
        // a dead server is noticed within seconds rather than the operating system's minutes
        p.setProperty("connectTimeout", "10");
        p.setProperty("socketTimeout", "60");
        p.setProperty("tcpKeepAlive", "true");
        return p;
    }

    @Override
    public String toString() {
        return redacted();
    }
}
