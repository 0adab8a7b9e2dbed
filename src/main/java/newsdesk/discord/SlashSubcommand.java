package newsdesk.discord;

import java.util.List;

/** A sub-command such as {@code /briefing subscribe}. */
public record SlashSubcommand(String name, String description, List<SlashOption> options) {
    public SlashSubcommand {
        options = List.copyOf(options);
    }

    public static SlashSubcommand of(String name, String description, SlashOption... options) {
        return new SlashSubcommand(name, description, List.of(options));
    }
}
