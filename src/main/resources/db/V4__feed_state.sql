-- What the feed poller remembers per feed: validators for conditional GET and the last outcome.
CREATE TABLE feed_state (
    url            VARCHAR(2000) NOT NULL PRIMARY KEY,
    etag           VARCHAR(500),
    last_modified  VARCHAR(100),
    last_polled_at BIGINT,
    last_ok_at     BIGINT,
    failures       INTEGER      NOT NULL,
    last_error     VARCHAR(500)
);
