-- Readers' votes on answers (the buttons under each answer), for tuning.
CREATE TABLE feedback (
    answer_id   VARCHAR(32)  NOT NULL,
    vote        VARCHAR(16)  NOT NULL,
    user_id     VARCHAR(32)  NOT NULL,
    -- null when the bot restarted between answering and the vote
    question    TEXT,
    answer      TEXT,
    created_at  BIGINT       NOT NULL
);

CREATE INDEX feedback_created ON feedback (created_at);
