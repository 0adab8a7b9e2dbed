package newsdesk.state;

import java.util.List;

/** Votes on answers, kept in the state database: one per reader and answer. */
public interface FeedbackStore {
    /** Records the vote, replacing the reader's earlier vote on the same answer. */
    void record(FeedbackVote vote);

    /** The latest votes, newest first. */
    List<FeedbackVote> recent(int limit);
}
