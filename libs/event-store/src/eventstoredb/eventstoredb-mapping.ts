import type { AppendResult as ClientAppendResult, Position, RecordedEvent as StoredEvent } from '@eventstore/db-client';
import type { EventMetadata, JsonObject, JsonValue, RecordedEvent } from '../event-store.port.js';

export type { StoredEvent };

/** The wire's "no position" (ulong max): what the server sends where it has none. */
const NO_POSITION = 2n ** 64n - 1n;

/** Events of the server itself ($stats, $scavenges, projection links $>, stream metadata $$…): never ours. */
export const isSystemEvent = (event: { type: string; streamId: string }): boolean =>
  event.type.startsWith('$') || event.streamId.startsWith('$');

/** The global position: the event's commit position, else the one its read response carried, else -1n. */
export const positionOf = (event: { position?: Position }, commitPosition?: bigint): bigint => {
  const own = event.position?.commit;
  if (own !== undefined && own !== NO_POSITION) return own;
  if (commitPosition !== undefined && commitPosition !== NO_POSITION) return commitPosition;
  return -1n;
};

/** a is before b in the log. */
export const isBefore = (a: Position, b: Position): boolean =>
  a.commit < b.commit || (a.commit === b.commit && a.prepare < b.prepare);

/**
 * Maps any stored event, including one another tool wrote (binary or malformed data, metadata missing or
 * partial): mapping never throws, so such an event cannot stall a projection, which would retry it forever
 * from the same checkpoint. Projections select by event type, so they skip it; the auditor still sees it.
 */
export const toRecordedEvent = (event: StoredEvent, commitPosition?: bigint): RecordedEvent => ({
  id: event.id,
  streamId: event.streamId,
  type: event.type,
  revision: event.revision,
  position: positionOf(event, commitPosition),
  data: toData(event.data),
  metadata: toMetadata(event),
  recordedAt: event.created.toISOString(),
});

const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/**
 * A JSON object is kept as it is. Anything else is wrapped, not dropped: a JSON value that is no object (or
 * text the client could not parse) as `{ value }`, binary data as `{ base64 }` unless it is a JSON object.
 */
const toData = (data: unknown): JsonObject => {
  if (isJsonObject(data)) return data;
  if (data instanceof Uint8Array) {
    if (data.length === 0) return {};
    const parsed = parseJson(Buffer.from(data).toString('utf8'));
    return isJsonObject(parsed) ? parsed : { base64: Buffer.from(data).toString('base64') };
  }
  if (data === undefined || data === '') return {};
  return { value: data as JsonValue };
};

const REQUIRED_STRINGS = ['actor', 'occurredAt', 'correlationId', 'causationId'] as const;

/**
 * Our metadata comes back exactly as written. What another tool wrote gets safe defaults for what is
 * missing or of the wrong type: actor 'unknown', its record time, its own id as correlation and causation,
 * and schema version 0, which no aidledger event has. Its own JSON members are kept beside them.
 */
const toMetadata = (event: StoredEvent): EventMetadata => {
  const given: JsonObject = isJsonObject(event.metadata) ? (event.metadata as JsonObject) : {};
  const complete =
    REQUIRED_STRINGS.every((key) => typeof given[key] === 'string') &&
    typeof given.schemaVersion === 'number' &&
    (given.hash === undefined || typeof given.hash === 'string');
  if (complete) return given as EventMetadata;
  const text = (key: string): string | undefined => {
    const value = given[key];
    return typeof value === 'string' ? value : undefined;
  };
  const { hash, ...rest } = given;
  return {
    ...rest,
    actor: text('actor') ?? 'unknown',
    occurredAt: text('occurredAt') ?? event.created.toISOString(),
    correlationId: text('correlationId') ?? event.id,
    causationId: text('causationId') ?? event.id,
    schemaVersion: typeof given.schemaVersion === 'number' ? given.schemaVersion : 0,
    ...(typeof hash === 'string' ? { hash } : {}),
  };
};

/**
 * The position an append answers. The client has none for an idempotent write (the server wrote nothing);
 * its revision is then that of the last event of the earlier, identical append, whose position is read
 * back, so a re-sent command answers as the first time. -1n only when no event is at that revision, which
 * an append of no events to an empty stream leaves.
 */
export const appendedPosition = async (
  result: Pick<ClientAppendResult, 'nextExpectedRevision' | 'position'>,
  positionAt: (revision: bigint) => Promise<bigint | undefined>,
): Promise<bigint> => {
  const written = result.position?.commit;
  if (written !== undefined && written !== NO_POSITION) return written;
  if (result.nextExpectedRevision < 0n) return -1n;
  return (await positionAt(result.nextExpectedRevision)) ?? -1n;
};
