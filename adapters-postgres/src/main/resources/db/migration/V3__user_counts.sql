-- How many users each connection holds, for list totals without counting every row (SCIM's totalResults on every
-- page of an unfiltered listing, such as Okta's import loop). Spread over slots so that concurrent user writes of one
-- connection rarely wait for the same row: a write adds or subtracts one on a random slot, a reader sums the slots.
CREATE TABLE user_counts (
    connection_id text     COLLATE "C" NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    slot          smallint NOT NULL,
    n             bigint   NOT NULL,
    PRIMARY KEY (connection_id, slot)
);

INSERT INTO user_counts (connection_id, slot, n)
SELECT connection_id, 0, count(*) FROM users GROUP BY connection_id;
