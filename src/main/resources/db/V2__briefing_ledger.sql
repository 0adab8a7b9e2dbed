-- One row per subscription and local date: the claim that makes each daily briefing happen at most once.
CREATE TABLE briefing_ledger (
    subscription_id BIGINT       NOT NULL REFERENCES subscriptions (id),
    local_date      VARCHAR(10)  NOT NULL,
    status          VARCHAR(8)   NOT NULL,
    scheduled_at    BIGINT       NOT NULL,
    claimed_at      BIGINT       NOT NULL,
    claimed_by      VARCHAR(64)  NOT NULL,
    posted_at       BIGINT,
    message_id      VARCHAR(32),
    nonce           VARCHAR(25)  NOT NULL,
    late            BOOLEAN      NOT NULL,
    -- calls made to post a part; more calls than parts posted means the last call's fate is unknown
    attempts        INTEGER      NOT NULL,
    parts_posted    INTEGER      NOT NULL,
    next_attempt_at BIGINT,
    -- the rendered messages (a JSON array), frozen at claim time so a retry posts exactly the same thing
    content         TEXT,
    error           VARCHAR(500),
    UNIQUE (subscription_id, local_date)
);
