-- Articles with their passages and embedding vectors, for several processes sharing one PostgreSQL (database.url).
-- Each process keeps a local Lucene copy built from these rows, never embedding again. The tables are made on SQLite
-- too (same numbered migrations everywhere) but stay empty there: the embedded default keeps articles in its index.
CREATE TABLE articles (
    id                VARCHAR(1000) NOT NULL PRIMARY KEY,
    content_hash      VARCHAR(128)  NOT NULL,
    title             TEXT          NOT NULL,
    source            TEXT,
    published         VARCHAR(64),
    url               TEXT,
    origin            TEXT,
    body              TEXT          NOT NULL,
    ingested_at       BIGINT        NOT NULL,
    passage_sentences INTEGER       NOT NULL,
    embedding_model   VARCHAR(100)  NOT NULL,
    -- start and end of every sentence (pairs of 4-byte ints), and their int8-quantised unit vectors, as the index has them
    sentence_offsets  BYTEA         NOT NULL,
    sentence_vectors  BYTEA         NOT NULL,
    -- the writing transaction's id: copies catch up in commit order by it, below the oldest transaction still running
    change_id         BIGINT        NOT NULL
);

CREATE INDEX articles_change ON articles (change_id);

CREATE INDEX articles_hash ON articles (content_hash);

CREATE TABLE passages (
    article_id VARCHAR(1000) NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal    INTEGER       NOT NULL,
    -- start and end of each of its sentences (pairs of 4-byte ints) in the article body
    offsets    BYTEA         NOT NULL,
    -- the unit mean of its sentences' vectors, 4-byte floats
    vector     BYTEA         NOT NULL,
    PRIMARY KEY (article_id, ordinal)
);

-- One row: a name for this store, so that a local copy made from another database is rebuilt, not mixed.
CREATE TABLE store_identity (
    name  VARCHAR(16) NOT NULL PRIMARY KEY,
    value VARCHAR(64) NOT NULL
);

-- Work done once across processes (polling one feed, scanning one folder): whoever moves next_at forward does it.
ALTER TABLE feed_state ADD COLUMN next_poll_at BIGINT;
