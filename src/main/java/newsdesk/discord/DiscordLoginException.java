package newsdesk.discord;

/** Discord would not let the bot in: the token was rejected, or a privileged intent is not enabled. */
public final class DiscordLoginException extends RuntimeException {
    public DiscordLoginException(String message) {
        super(message);
    }
}
