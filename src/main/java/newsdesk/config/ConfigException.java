package newsdesk.config;

/** A wrong key or value in the configuration; the message names the key. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
