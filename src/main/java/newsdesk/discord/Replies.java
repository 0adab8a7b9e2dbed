package newsdesk.discord;

import java.util.Optional;
import net.dv8tion.jda.api.entities.Message;
import newsdesk.answer.Turn;
import newsdesk.state.QuestionLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An answer of the bot as the turn of a conversation, for a reply to it (a follow-up): the question it answered and
 * what it said. The answer's id is in its buttons; the question comes from the answers held in memory, else from the
 * question log (after a restart); failing both, the answer alone gives the context.
 */
final class Replies {
    private static final Logger log = LoggerFactory.getLogger(Replies.class);

    private final RecentAnswers recent;
    private final QuestionLog questions;

    Replies(RecentAnswers recent, QuestionLog questions) {
        this.recent = recent;
        this.questions = questions;
    }

    Turn turnOf(Message answer) {
        String said = DiscordMarkdown.answerText(answer.getContentRaw());
        Optional<String> answerId = AnswerButtons.answerIdOf(answer);
        var given = answerId.flatMap(recent::byAnswerId).or(() -> recent.byMessageId(answer.getIdLong()));
        if (given.isPresent()) {
            return new Turn(given.get().question(), given.get().answer().answer());
        }
        try {
            var logged = answerId.flatMap(questions::byAnswer);
            if (logged.isPresent()) {
                return new Turn(logged.get().question(), said);
            }
        } catch (RuntimeException e) {
            log.warn("could not look up the question of message {}: {}", answer.getId(), e.toString());
        }
        return new Turn("", said);
    }
}
