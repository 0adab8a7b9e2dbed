-- One vote per reader and answer: a changed vote, or the reason given after it, replaces the earlier row.
-- The rows of the old feedback table move over, the latest of each reader and answer kept.
CREATE TABLE feedback_votes (
    answer_id   VARCHAR(32)  NOT NULL,
    user_id     VARCHAR(32)  NOT NULL,
    vote        VARCHAR(16)  NOT NULL,
    -- what the reader said was wrong (the form offered after a "not helpful" vote), or null
    reason      VARCHAR(500),
    -- null when the bot restarted between answering and the vote
    question    TEXT,
    answer      TEXT,
    created_at  BIGINT       NOT NULL,
    PRIMARY KEY (answer_id, user_id)
);

INSERT INTO feedback_votes (answer_id, user_id, vote, reason, question, answer, created_at)
SELECT f.answer_id, f.user_id, f.vote, NULL, f.question, f.answer, f.created_at
FROM feedback f
WHERE f.created_at = (SELECT MAX(g.created_at) FROM feedback g WHERE g.answer_id = f.answer_id AND g.user_id = f.user_id)
ON CONFLICT (answer_id, user_id) DO NOTHING;

DROP TABLE feedback;

CREATE INDEX feedback_votes_created ON feedback_votes (created_at);
