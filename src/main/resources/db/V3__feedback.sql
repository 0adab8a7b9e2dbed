-- Votes on answers (thumbs up or down), for tuning.
CREATE TABLE feedback (
    question    TEXT         NOT NULL,
    answer      TEXT         NOT NULL,
    user_id     VARCHAR(32)  NOT NULL,
    vote        INTEGER      NOT NULL,
    created_at  BIGINT       NOT NULL,
    message_id  VARCHAR(32)
);

CREATE INDEX feedback_created ON feedback (created_at);
