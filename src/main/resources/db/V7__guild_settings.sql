-- Settings changed from Discord at run time: the bot's mode per channel ('0' for the server's default).
CREATE TABLE channel_modes (
    guild_id    VARCHAR(32)  NOT NULL,
    channel_id  VARCHAR(32)  NOT NULL,
    mode        VARCHAR(16)  NOT NULL,
    set_by      VARCHAR(32),
    set_at      BIGINT       NOT NULL,
    PRIMARY KEY (guild_id, channel_id)
);

-- Feeds added from Discord (/newsdesk feeds add), polled with those of the configuration.
CREATE TABLE feeds (
    url         VARCHAR(2000) NOT NULL PRIMARY KEY,
    guild_id    VARCHAR(32)   NOT NULL,
    added_by    VARCHAR(32),
    added_at    BIGINT        NOT NULL
);
