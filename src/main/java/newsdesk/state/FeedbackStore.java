package newsdesk.state;

import java.util.List;

/** Votes on answers, kept in the state database. */
public interface FeedbackStore {
    void record(FeedbackVote vote);

    /** The latest votes, newest first. */
    List<FeedbackVote> recent(int limit);
}
