package newsdesk.discord;

import newsdesk.state.FeedbackStore;
import newsdesk.state.FeedbackVote;

/** Votes into the state database, one per reader and answer. */
final class StoredFeedbackSink implements FeedbackSink {
    private final FeedbackStore store;

    StoredFeedbackSink(FeedbackStore store) {
        this.store = store;
    }

    @Override
    public void record(Feedback f) {
        store.record(new FeedbackVote(f.answerId(), f.vote() == Feedback.Vote.HELPFUL, f.userId(), f.question(),
                f.answer(), f.at(), f.reason()));
    }

    @Override
    public String toString() {
        return store.toString();
    }
}
