package newsdesk.state;

import java.util.Locale;

/** What a subscription's briefing does on a day with nothing new: post one short line, or skip the day. */
public enum NothingNew {
    POST, SKIP;

    public static NothingNew parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a nothing-new policy; expected post or skip");
        }
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
