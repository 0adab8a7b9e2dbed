package newsdesk.discord;

import java.time.Clock;
import newsdesk.answer.Answerer;
import newsdesk.state.QuestionLog;

/** An {@link Answering} wired as the bot wires it, with votes going to the given sink, for the unit tests. */
final class TestAnswering {
    private TestAnswering() {
    }

    static Answering of(Answerer answerer, FeedbackSink votes, Clock clock) {
        RecentAnswers recent = new RecentAnswers(clock);
        FeedbackButtons feedback = new FeedbackButtons(votes, Runnable::run, recent, clock);
        AnswerButtons buttons = new AnswerButtons(feedback, new ContinueInThread(new ThreadMemory(clock), recent), recent);
        return new Answering(answerer, buttons, recent, QuestionLog.none(), false, clock);
    }
}
