package newsdesk.discord;

import java.util.Locale;
import java.util.Optional;

/** How the bot behaves in a channel (and its threads), set with {@code /newsdesk channel mode:}. */
public enum ChannelMode {
    /** A mention is answered in a thread started from it; in its threads, questions need no mention. */
    THREADS("threads"),
    /** Only a mention (or a reply to the bot) is answered, with a reply in place; no threads. */
    MENTION_ONLY("mention-only"),
    /** Newsdesk stays silent here; slash commands say it is not enabled. */
    OFF("off");

    private final String label;

    ChannelMode(String label) {
        this.label = label;
    }

    /** The name users type and see, e.g. {@code mention-only}. */
    public String label() {
        return label;
    }

    public static Optional<ChannelMode> parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (ChannelMode m : values()) {
            if (m.label.equals(t)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
