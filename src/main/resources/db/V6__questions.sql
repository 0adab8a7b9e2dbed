-- The questions asked of the bot on Discord and whether the articles answered them, for /newsdesk stats.
CREATE TABLE questions (
    answer_id    VARCHAR(32)   NOT NULL PRIMARY KEY,
    guild_id     VARCHAR(32)   NOT NULL,
    channel_id   VARCHAR(32),
    user_id      VARCHAR(32),
    question     VARCHAR(2000) NOT NULL,
    -- the question lower-cased with spaces and end punctuation tidied, so the same question asked twice counts twice
    question_key VARCHAR(2000) NOT NULL,
    declined     BOOLEAN       NOT NULL,
    mode         VARCHAR(16),
    asked_at     BIGINT        NOT NULL
);

CREATE INDEX questions_guild_asked ON questions (guild_id, asked_at);
