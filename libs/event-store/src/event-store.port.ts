/**
 * The event store port. Semantics follow EventStoreDB's: streams `category-id`, revisions
 * from 0, a global position ordering every committed event, optimistic concurrency by
 * expected revision, idempotent re-append by event id, catch-up subscriptions.
 * Positions and revisions are bigint, as in @eventstore/db-client.
 */

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export type EventMetadata = {
  actor: string;
  occurredAt: string;
  correlationId: string;
  causationId: string;
  schemaVersion: number;
  /** Tamper evidence: hash of this event chained to the previous event of its stream. */
  hash?: string;
  [key: string]: JsonValue | undefined;
};

export type EventToAppend = {
  /** A UUID; re-appending an event with an id already in the stream is a no-op. */
  id: string;
  type: string;
  data: JsonObject;
  metadata: EventMetadata;
};

export type RecordedEvent = {
  id: string;
  streamId: string;
  type: string;
  revision: bigint;
  position: bigint;
  data: JsonObject;
  metadata: EventMetadata;
  /** When the store committed the event, ISO timestamp UTC. */
  recordedAt: string;
};

export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | bigint;

export type AppendResult = {
  /** Revision of the last event of the stream after the append. */
  nextExpectedRevision: bigint;
  /** Global position of the last appended (or already present) event. */
  position: bigint;
  /** Where each event of this append landed, when the store knows it without a read. */
  written?: { positions: bigint[]; recordedAt: string };
};

export type ReadStreamOptions = {
  direction?: 'forwards' | 'backwards';
  /** Inclusive start revision; defaults to the start (forwards) or the end (backwards). */
  fromRevision?: bigint;
  maxCount?: number;
};

/** An event passes when its type is one of `eventTypes` and its stream starts with one of `streamPrefixes`; an omitted or empty list does not filter. */
export type AllFilter = { eventTypes?: string[]; streamPrefixes?: string[] };

export type ReadAllOptions = {
  /** Exclusive: events with a position strictly greater than this are returned. Omit for the start. */
  after?: bigint;
  maxCount?: number;
  filter?: AllFilter;
};

export type SubscribeOptions = {
  /** Checkpoint: deliver events strictly after this position; omit to start from the beginning. */
  after?: bigint;
  filter?: AllFilter;
};

/**
 * A live subscription: an async iterable that catches up and then goes live, without gaps or duplicates.
 * `unsubscribe()` ends the iteration at once, a pending `next()` included; ending the iteration ends the subscription.
 */
export type Subscription = AsyncIterable<RecordedEvent> & { unsubscribe(): Promise<void> };

export interface EventStore {
  appendToStream(streamId: string, events: EventToAppend[], expected?: ExpectedRevision): Promise<AppendResult>;
  /** Returns [] when the stream does not exist. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** Those of `streamIds` that hold events: a bulk import looks up thousands of streams at once. */
  existingStreams(streamIds: readonly string[]): Promise<Set<string>>;
  /**
   * The filter is applied where the events are (EventStoreDB: by the server; SQLite: in its query), so the next
   * matching event after a position is found without reading the events between.
   */
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  subscribeToAll(options?: SubscribeOptions): Subscription;
  /** Position of the last committed event (never a system event of the server), or -1n for an empty store. */
  headPosition(): Promise<bigint>;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EVENT_STORE');

export class WrongExpectedRevisionError extends Error {
  readonly code = 'STREAM.WRONG_EXPECTED_REVISION';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: bigint | 'no_stream',
  ) {
    super(`Stream ${streamId}: expected revision ${String(expected)}, actual ${String(actual)}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

/** Some, but not all, of the appended event ids are already in the stream, or they are at another place: not a clean re-send. */
export class EventIdConflictError extends Error {
  readonly code = 'STREAM.EVENT_ID_CONFLICT';
  constructor(
    readonly streamId: string,
    readonly eventId: string,
  ) {
    super(`Stream ${streamId}: event ${eventId} is already in the stream, but the append is not an exact re-send`);
    this.name = 'EventIdConflictError';
  }
}

/** The store was closed; the append or read was not done. */
export class EventStoreClosedError extends Error {
  readonly code = 'STORE.CLOSED';
  constructor() {
    super('The event store is closed');
    this.name = 'EventStoreClosedError';
  }
}

export const matchesFilter = (event: { type: string; streamId: string }, filter: AllFilter | undefined): boolean => {
  if (!filter) return true;
  const { eventTypes, streamPrefixes } = filter;
  if (eventTypes && eventTypes.length > 0 && !eventTypes.includes(event.type)) return false;
  if (streamPrefixes && streamPrefixes.length > 0 && !streamPrefixes.some((p) => event.streamId.startsWith(p))) {
    return false;
  }
  return true;
};
