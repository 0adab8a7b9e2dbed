package newsdesk.discord;

/** An option of a {@link SlashCommand}; names are lower case, 1-32 characters, as Discord requires. */
public record SlashOption(String name, String description, Type type, boolean required) {
    public enum Type { TEXT, INTEGER, BOOLEAN, CHANNEL }

    public static SlashOption text(String name, String description, boolean required) {
        return new SlashOption(name, description, Type.TEXT, required);
    }

    public static SlashOption integer(String name, String description, boolean required) {
        return new SlashOption(name, description, Type.INTEGER, required);
    }

    public static SlashOption flag(String name, String description, boolean required) {
        return new SlashOption(name, description, Type.BOOLEAN, required);
    }

    public static SlashOption channel(String name, String description, boolean required) {
        return new SlashOption(name, description, Type.CHANNEL, required);
    }
}
