import {
  type AllFilter,
  type EventToAppend,
  type ExpectedRevision,
  type ReadStreamOptions,
  EventIdConflictError,
  EventStoreClosedError,
  WrongExpectedRevisionError,
} from '../event-store.port.js';

/**
 * The messages between ThreadedSqliteEventStore and its worker. Each side sends an array per tick: the appends of
 * one tick cross in one message, and the answers of one group commit come back in one.
 */
export type StoreRequest = { id: number } & (
  | { op: 'append'; streamId: string; events: EventToAppend[]; expected: ExpectedRevision }
  | { op: 'readStream'; streamId: string; options: ReadStreamOptions }
  | { op: 'existingStreams'; streamIds: readonly string[] }
  | { op: 'readAll'; after: bigint; upTo: bigint | undefined; filter: AllFilter | undefined; maxCount?: number }
  | { op: 'head' }
  | { op: 'close' }
);

/** The error classes the HTTP layer and the command loop tell apart cross with their fields; any other as its message. */
export type CrossingError =
  | { kind: 'wrong-revision'; streamId: string; expected: ExpectedRevision; actual: bigint | 'no_stream' }
  | { kind: 'event-id-conflict'; streamId: string; eventId: string }
  | { kind: 'closed' }
  | { kind: 'error'; message: string };

export type StoreMessage =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: CrossingError }
  /** Posted after each commit, before the answers it acknowledges. */
  | { committed: bigint };

export const toCrossingError = (error: unknown): CrossingError => {
  if (error instanceof WrongExpectedRevisionError)
    return { kind: 'wrong-revision', streamId: error.streamId, expected: error.expected, actual: error.actual };
  if (error instanceof EventIdConflictError)
    return { kind: 'event-id-conflict', streamId: error.streamId, eventId: error.eventId };
  if (error instanceof EventStoreClosedError) return { kind: 'closed' };
  return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
};

export const fromCrossingError = (error: CrossingError): Error => {
  switch (error.kind) {
    case 'wrong-revision':
      return new WrongExpectedRevisionError(error.streamId, error.expected, error.actual);
    case 'event-id-conflict':
      return new EventIdConflictError(error.streamId, error.eventId);
    case 'closed':
      return new EventStoreClosedError();
    case 'error':
      return new Error(error.message);
    default: {
      const unknown: never = error;
      return new Error(`Unknown error from the store thread: ${JSON.stringify(unknown)}`);
    }
  }
};
