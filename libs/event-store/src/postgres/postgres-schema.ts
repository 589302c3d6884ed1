/**
 * Schema of the PostgreSQL store, beside the read models in the same database. `position` is the global log
 * (0, 1, 2 … without gaps), `revision` the stream's. Data and metadata are kept as the JSON text that was
 * written: jsonb would reorder keys and refuse `\u0000`, and the text is what the SQLite store keeps too.
 */
export const POSTGRES_EVENT_STORE_SCHEMA = `
CREATE TABLE IF NOT EXISTS aidledger_events (
  position    bigint PRIMARY KEY,
  stream_id   text   NOT NULL,
  revision    bigint NOT NULL,
  event_id    text   NOT NULL,
  type        text   NOT NULL,
  data        text   NOT NULL,
  metadata    text   NOT NULL,
  recorded_at text   NOT NULL,
  UNIQUE (stream_id, revision),
  UNIQUE (stream_id, event_id)
);
CREATE INDEX IF NOT EXISTS aidledger_events_type_position ON aidledger_events (type, position);
CREATE TABLE IF NOT EXISTS aidledger_streams (
  stream_id text   PRIMARY KEY,
  revision  bigint NOT NULL,
  position  bigint NOT NULL
);
`;

/**
 * The one lock every append transaction takes (transaction-level, so it is held until COMMIT or ROLLBACK);
 * also taken while the schema is created, so two instances starting together do not race on CREATE TABLE.
 * The key is an arbitrary constant ("aidledgr" in ASCII), unlikely to meet another application's.
 */
export const APPEND_LOCK_KEY = '7019251910953953138';

/** The channel each append transaction notifies, with the new head position as payload. */
export const EVENTS_CHANNEL = 'aidledger_events';
