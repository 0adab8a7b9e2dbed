-- Daily briefings a guild asked for: one per channel (subscribing again updates it).
-- Portable SQL (SQLite and PostgreSQL): instants are epoch milliseconds, dates ISO text, ids chosen by the program.
CREATE TABLE subscriptions (
    id           BIGINT       NOT NULL PRIMARY KEY,
    guild_id     VARCHAR(32)  NOT NULL,
    channel_id   VARCHAR(32)  NOT NULL UNIQUE,
    local_time   VARCHAR(5)   NOT NULL,
    zone         VARCHAR(64)  NOT NULL,
    topic        VARCHAR(200),
    nothing_new  VARCHAR(8)   NOT NULL,
    enabled      BOOLEAN      NOT NULL,
    last_error   VARCHAR(500),
    created_by   VARCHAR(32),
    created_at   BIGINT       NOT NULL,
    -- when the current settings took effect: a run time already past at that moment is not posted late
    active_since BIGINT       NOT NULL
);

CREATE INDEX subscriptions_guild ON subscriptions (guild_id);
