package newsdesk.discord;

import java.nio.file.Path;
import newsdesk.briefing.FeedbackStore;

/** Where votes on answers go. Called off JDA's event thread; may block briefly. */
public interface FeedbackSink {
    void record(Feedback feedback);

    /** Appends each vote as one JSON object per line to the file (created with its folders when needed). */
    static FeedbackSink jsonLines(Path file) {
        return new JsonLinesFeedbackSink(file);
    }

    /** Records each vote in the state database's feedback table. */
    static FeedbackSink into(FeedbackStore store) {
        return new StoredFeedbackSink(store);
    }
}
