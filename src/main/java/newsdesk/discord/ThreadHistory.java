package newsdesk.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import newsdesk.answer.Turn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a thread's conversation back from Discord, for a thread the bot no longer holds in memory (after a restart,
 * or a quiet day): each answer of the bot (its messages up to the one with the feedback buttons) with the question
 * it answered (the latest message before it that was asked of the bot). In a thread the bot started from a
 * question, that question is the thread's starter message, which lives in the parent channel.
 */
final class ThreadHistory {
    private static final Logger log = LoggerFactory.getLogger(ThreadHistory.class);
    /** Messages read back (one request); the memory keeps only the last few turns anyway. */
    static final int READ = 50;

    private ThreadHistory() {
    }

    /** Blocking: call on a worker. An unreadable history is an empty conversation, not a failure. */
    static List<Turn> read(ThreadChannel thread, BotMention bot) {
        List<Message> newestFirst;
        try {
            newestFirst = thread.getHistory().retrievePast(READ).complete();
        } catch (RuntimeException e) {
            log.warn("could not read the history of thread {}: {}", thread.getId(), e.toString());
            return List.of();
        }
        List<PastMessage> oldestFirst = new ArrayList<>();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            oldestFirst.add(past(newestFirst.get(i)));
        }
        boolean own = thread.getOwnerIdLong() == bot.selfId();
        return turns(oldestFirst, bot, own, own ? () -> starter(thread, bot) : () -> null);
    }

    /**
     * @param starter the conversation's opening turn, asked only when an answer has no question before it: the
     *                question a thread was started from, or (for a thread started from an answer) that answer
     */
    static List<Turn> turns(List<PastMessage> oldestFirst, BotMention bot, boolean ownThread, Supplier<Turn> starter) {
        List<Turn> turns = new ArrayList<>();
        String question = null;
        boolean starterUsed = false;
        StringBuilder answer = new StringBuilder();
        for (PastMessage m : oldestFirst) {
            if (m.authorId() != bot.selfId()) {
                answer.setLength(0); // what the bot said before this was not an answer (a notice)
                if (Addressing.of(m.content(), bot, m.repliedToAuthor(), ownThread).asked()) {
                    question = bot.strip(m.content());
                }
                continue;
            }
            if (!answer.isEmpty()) {
                answer.append('\n');
            }
            answer.append(DiscordMarkdown.answerText(m.content()));
            if (!m.answer()) {
                continue;
            }
            if (question == null && !starterUsed) {
                starterUsed = true;
                Turn opening = starter.get();
                if (opening != null && opening.answer() != null) {
                    turns.add(opening);
                } else if (opening != null) {
                    question = opening.question();
                }
            }
            if (question != null) {
                turns.add(new Turn(question, answer.toString()));
            }
            question = null;
            answer.setLength(0);
        }
        return turns;
    }

    /** The question the thread was started from; or the answer it was started from, asked as the thread's name. */
    private static Turn starter(ThreadChannel thread, BotMention bot) {
        try {
            Message parent = thread.retrieveParentMessage().complete();
            if (parent.getAuthor().getIdLong() == bot.selfId()) {
                return new Turn(thread.getName(), DiscordMarkdown.answerText(parent.getContentRaw()));
            }
            return new Turn(bot.strip(parent.getContentRaw()), null);
        } catch (RuntimeException e) {
            log.debug("could not read the starter message of thread {}: {}", thread.getId(), e.toString());
            return new Turn(thread.getName(), null);
        }
    }

    static PastMessage past(Message m) {
        long repliedTo = 0;
        if (m.getReferencedMessage() != null) {
            repliedTo = m.getReferencedMessage().getAuthor().getIdLong();
        }
        boolean answer = m.getAuthor().getIdLong() == m.getJDA().getSelfUser().getIdLong()
                && m.getComponentTree().findAll(Button.class).stream()
                .anyMatch(b -> b.getCustomId() != null && FeedbackButtons.handles(b.getCustomId()));
        return new PastMessage(m.getAuthor().getIdLong(), m.getContentRaw(), repliedTo, answer);
    }
}
