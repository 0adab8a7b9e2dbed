package newsdesk.discord;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a message speaks to the bot. A mention of the bot always does (a few keywords after it are a question). A
 * reply to one of its messages does when it asks something ({@link QuestionForm}): "and the second site?" does,
 * "thanks!" does not. In a thread the bot started, any question or request does too, unless it is plainly meant for
 * someone else: it mentions another member, a role or everyone, or replies to someone else. Everything else is
 * conversation between people, and the bot keeps out of it.
 */
enum Addressing {
    MENTIONED, REPLIED_TO, FOLLOW_UP, NOT_ADDRESSED;

    private static final Pattern USER_MENTION = Pattern.compile("<@!?(\\d+)>");
    private static final Pattern ROLE_MENTION = Pattern.compile("<@&(\\d+)>");

    boolean asked() {
        return this != NOT_ADDRESSED;
    }

    /**
     * @param repliedToAuthor the author of the message this one replies to, or 0 when it is not a reply
     * @param inOwnThread the message is in a thread the bot started
     */
    static Addressing of(String raw, BotMention bot, long repliedToAuthor, boolean inOwnThread) {
        if (bot.in(raw)) {
            return MENTIONED;
        }
        if (repliedToAuthor != 0 && repliedToAuthor == bot.selfId()) {
            return QuestionForm.isQuestionOrRequest(raw) ? REPLIED_TO : NOT_ADDRESSED;
        }
        if (!inOwnThread || repliedToAuthor != 0 || mentionsSomeoneElse(raw, bot)) {
            return NOT_ADDRESSED;
        }
        return QuestionForm.isQuestionOrRequest(raw) ? FOLLOW_UP : NOT_ADDRESSED;
    }

    static boolean mentionsSomeoneElse(String raw, BotMention bot) {
        if (raw.contains("@everyone") || raw.contains("@here")) {
            return true;
        }
        Matcher users = USER_MENTION.matcher(raw);
        while (users.find()) {
            if (Long.parseUnsignedLong(users.group(1)) != bot.selfId()) {
                return true;
            }
        }
        Matcher roles = ROLE_MENTION.matcher(raw);
        while (roles.find()) {
            if (Long.parseUnsignedLong(roles.group(1)) != bot.roleId()) {
                return true;
            }
        }
        return false;
    }
}
