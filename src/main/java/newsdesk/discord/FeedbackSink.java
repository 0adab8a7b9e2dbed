package newsdesk.discord;

import newsdesk.state.FeedbackStore;

/** Where votes on answers go. Called off JDA's event thread; may block briefly. */
public interface FeedbackSink {
    void record(Feedback feedback);

    /** Records each vote in the state database's feedback table. */
    static FeedbackSink into(FeedbackStore store) {
        return new StoredFeedbackSink(store);
    }
}
