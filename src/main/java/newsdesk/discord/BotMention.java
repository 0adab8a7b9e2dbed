package newsdesk.discord;

/**
 * How a message addresses the bot: {@code <@id>}, {@code <@!id>}, or its managed role {@code <@&role>} (which
 * Discord's picker offers under the same name). {@code @everyone} and {@code @here} do not count.
 */
record BotMention(long selfId, long roleId) {

    boolean in(String raw) {
        return raw.contains("<@" + selfId + ">") || raw.contains("<@!" + selfId + ">")
                || (roleId != 0 && raw.contains("<@&" + roleId + ">"));
    }

    /** The question without the mentions of the bot, e.g. "<@1>, who won?" becomes "who won?". */
    String strip(String raw) {
        String text = raw.replace("<@" + selfId + ">", " ").replace("<@!" + selfId + ">", " ");
        if (roleId != 0) {
            text = text.replace("<@&" + roleId + ">", " ");
        }
        return text.strip().replaceFirst("^[,:;.\\s]+", "").replaceAll("[ \\t]+", " ").strip();
    }
}
