import { hash, randomUUID } from 'node:crypto';
import { v5 as uuidV5 } from 'uuid';
import {
  type EventMetadata,
  type EventStore,
  type EventToAppend,
  type JsonObject,
  type JsonValue,
  type RecordedEvent,
  WrongExpectedRevisionError,
} from './event-store.port.js';

export type Decider<C, E extends { type: string; data: object }, S> = {
  initialState(): S;
  evolve(state: S, event: E): S;
  decide(command: C, state: S): E[];
};

export type CommandContext = {
  /** Who sends the command (the token's subject); recorded on every event. */
  actor: string;
  correlationId: string;
  /** Defaults to the correlation id. */
  causationId?: string;
  /** The revision the sender saw (HTTP If-Match); the command is refused when the stream has moved on. */
  expectedRevision?: bigint;
  /**
   * A re-sent command with the same key appends nothing and answers as the first time. The key is the
   * sender's own (scoped to them by the caller); the fingerprint names the command and its input, and is kept
   * with the first event, so the key sent again with another command or body is refused.
   */
  idempotency?: { key: string; fingerprint: string };
};

export type CommandResult = {
  streamId: string;
  /** Revision of the stream's last event after the command, -1n when the stream is still empty. */
  streamRevision: bigint;
  /** Global position of the last appended event, or of the stream's last event when nothing was appended. */
  position: bigint;
  appended: RecordedEvent[];
  /** The answer of an earlier command with the same idempotency key: nothing was appended now. */
  replayed?: boolean;
};

/**
 * Turns events into what is stored and back, for the streams it applies to: e.g. encrypts personal data with a
 * key of the stream's own, so that deleting the key erases it. The hash chain is over what is stored.
 */
export type EventCodec = {
  appliesTo(streamId: string): boolean;
  encode(streamId: string, events: { type: string; data: JsonObject }[]): Promise<{ type: string; data: JsonObject }[]>;
  decode(streamId: string, events: RecordedEvent[]): Promise<RecordedEvent[]>;
};

export type CommandLoopOptions = { maxRetries?: number; schemaVersion?: number; now?: () => Date; codec?: EventCodec };

/** The revision the sender expected is no longer current (HTTP 412). */
export class StaleRevisionError extends Error {
  readonly code = 'STREAM.STALE_REVISION';
  constructor(
    readonly streamId: string,
    readonly expected: bigint,
    readonly actual: bigint,
  ) {
    super(`Stream ${streamId} is at revision ${actual}, not at the expected revision ${expected}`);
    this.name = 'StaleRevisionError';
  }
}

/** The idempotency key was used before for another command or another input (HTTP 422). */
export class IdempotencyKeyReusedError extends Error {
  readonly code = 'IDEMPOTENCY.KEY_REUSED';
  constructor(readonly streamId: string) {
    super('This Idempotency-Key was already used for another command or with another body');
    this.name = 'IdempotencyKeyReusedError';
  }
}

/** Namespace of the event ids derived from idempotency keys. */
const IDEMPOTENT_EVENT_NAMESPACE = '6b3f1d2e-8a4c-5f7b-9e0d-2c1a4b6d8f90';

export const idempotentEventId = (idempotencyKey: string, streamId: string, index: number): string =>
  uuidV5(`${idempotencyKey}\u0000${streamId}\u0000${index}`, IDEMPOTENT_EVENT_NAMESPACE);

/** JSON with object keys sorted at every level and undefined members left out: one text per value. */
export const canonicalJson = (value: JsonValue | undefined): string => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) text += (i === 0 ? '' : ',') + canonicalJson(value[i]);
    return `${text}]`;
  }
  return canonicalObject(value, undefined);
};

/** The members of an object in key order, without `skippedKey` (string concatenation: hashing runs per event). */
const canonicalObject = (value: { [key: string]: JsonValue | undefined }, skippedKey: string | undefined): string => {
  const keys = Object.keys(value).sort();
  let text = '{';
  let first = true;
  for (const key of keys) {
    const member = value[key];
    if (member === undefined || key === skippedKey) continue;
    text += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalJson(member)}`;
    first = false;
  }
  return `${text}}`;
};

/**
 * Tamper evidence: sha256 (hex) over the previous event's hash in the stream ('' for the first) and the
 * canonical JSON of the event's type, data and metadata without its own hash. Editing any stored event
 * breaks the chain from that event on.
 */
export const hashEvent = (
  previousHash: string,
  event: { type: string; data: JsonObject; metadata: EventMetadata },
): string => {
  // canonicalJson({ type, data, metadata }) with the members already in key order.
  const members = [
    event.data === undefined ? '' : `"data":${canonicalJson(event.data)}`,
    event.metadata === undefined ? '' : `"metadata":${canonicalObject(event.metadata, 'hash')}`,
    event.type === undefined ? '' : `"type":${canonicalJson(event.type)}`,
  ];
  const body = `{${members.filter((member) => member !== '').join(',')}}`;
  // One-shot `hash` rather than a Hash object: the same digest, without a native object per event for the
  // collector to finalise (a bulk import hashes hundreds of thousands).
  return hash('sha256', previousHash + body, 'hex');
};

/** Checks a whole stream, read forwards from revision 0. */
export const verifyStreamChain = (
  events: RecordedEvent[],
): { valid: true } | { valid: false; brokenAtRevision: bigint } => {
  let previousHash = '';
  for (const event of events) {
    const expected = hashEvent(previousHash, event);
    if (event.metadata.hash !== expected) return { valid: false, brokenAtRevision: event.revision };
    previousHash = expected;
  }
  return { valid: true };
};

/** The appended events as the store recorded them, without reading them back. */
const recordedFrom = (
  streamId: string,
  events: EventToAppend[],
  firstRevision: bigint,
  written: { positions: bigint[]; recordedAt: string },
): RecordedEvent[] =>
  events.map((event, index) => ({
    id: event.id,
    streamId,
    type: event.type,
    revision: firstRevision + BigInt(index),
    position: written.positions[index],
    data: event.data,
    metadata: event.metadata,
    recordedAt: written.recordedAt,
  }));

/**
 * The one command loop: read the stream, fold it with `evolve`, `decide`, append with the revision that was
 * read. A concurrent write makes the append fail with WrongExpectedRevisionError; the loop then decides
 * again on the new state, a bounded number of times, unless the sender pinned the revision.
 */
export class CommandLoop {
  private readonly maxRetries: number;
  private readonly schemaVersion: number;
  private readonly now: () => Date;
  private readonly codec: EventCodec | undefined;

  constructor(
    private readonly store: EventStore,
    options: CommandLoopOptions = {},
  ) {
    this.maxRetries = options.maxRetries ?? 3;
    this.schemaVersion = options.schemaVersion ?? 1;
    this.now = options.now ?? (() => new Date());
    this.codec = options.codec;
  }

  async load<E extends { type: string; data: object }, S>(
    streamId: string,
    decider: Pick<Decider<unknown, E, S>, 'initialState' | 'evolve'>,
  ): Promise<{ state: S; revision: bigint; events: RecordedEvent[] }> {
    const stored = await this.store.readStream(streamId);
    const events = this.codec?.appliesTo(streamId) ? await this.codec.decode(streamId, stored) : stored;
    let state = decider.initialState();
    for (const event of events) state = decider.evolve(state, { type: event.type, data: event.data } as unknown as E);
    return { state, revision: events.length > 0 ? events[events.length - 1].revision : -1n, events };
  }

  async run<C, E extends { type: string; data: object }, S>(
    streamId: string,
    decider: Decider<C, E, S>,
    command: C | ((state: S) => C),
    ctx: CommandContext,
    opts: { retryOnConflict?: boolean } = {},
  ): Promise<CommandResult> {
    const retries = (opts.retryOnConflict ?? true) && ctx.expectedRevision === undefined ? this.maxRetries : 0;
    for (let attempt = 0; ; attempt++) {
      const { state, revision, events } = await this.load(streamId, decider);
      const last = events.at(-1);
      if (ctx.idempotency !== undefined) {
        const earlier = this.earlierAnswer(streamId, events, ctx.idempotency);
        if (earlier) return earlier;
      }
      if (ctx.expectedRevision !== undefined && ctx.expectedRevision !== revision) {
        throw new StaleRevisionError(streamId, ctx.expectedRevision, revision);
      }
      const decisions = decider.decide(
        typeof command === 'function' ? (command as (s: S) => C)(state) : command,
        state,
      );
      if (decisions.length === 0) {
        return { streamId, streamRevision: revision, position: last?.position ?? -1n, appended: [] };
      }
      const decided = this.codec?.appliesTo(streamId)
        ? await this.codec.encode(streamId, decisions as { type: string; data: JsonObject }[])
        : decisions;
      const toAppend = this.toAppend(streamId, decided, ctx, last?.metadata.hash ?? '');
      try {
        const result = await this.store.appendToStream(streamId, toAppend, revision < 0n ? 'no_stream' : revision);
        const firstRevision = result.nextExpectedRevision - BigInt(toAppend.length - 1);
        const appended =
          result.written?.positions.length === toAppend.length
            ? recordedFrom(streamId, toAppend, firstRevision, result.written)
            : await this.store.readStream(streamId, { fromRevision: firstRevision, maxCount: toAppend.length });
        return { streamId, streamRevision: result.nextExpectedRevision, position: result.position, appended };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        if (ctx.expectedRevision !== undefined) {
          const actual = error.actual === 'no_stream' ? -1n : error.actual;
          throw new StaleRevisionError(streamId, ctx.expectedRevision, actual);
        }
        if (attempt < retries) continue;
        throw error;
      }
    }
  }

  private toAppend(
    streamId: string,
    decided: { type: string; data: object }[],
    ctx: CommandContext,
    previousHash: string,
  ): EventToAppend[] {
    const occurredAt = this.now().toISOString();
    let chained = previousHash;
    return decided.map((event, index) => {
      const data = event.data as JsonObject;
      const metadata: EventMetadata = {
        actor: ctx.actor,
        occurredAt,
        correlationId: ctx.correlationId,
        causationId: ctx.causationId ?? ctx.correlationId,
        schemaVersion: this.schemaVersion,
        ...(index === 0 && ctx.idempotency ? { idempotencyFingerprint: ctx.idempotency.fingerprint } : {}),
      };
      chained = hashEvent(chained, { type: event.type, data, metadata });
      const id = ctx.idempotency === undefined ? randomUUID() : idempotentEventId(ctx.idempotency.key, streamId, index);
      return { id, type: event.type, data, metadata: { ...metadata, hash: chained } };
    });
  }

  /** The events a command with this idempotency key appended before, as its first answer. */
  private earlierAnswer(
    streamId: string,
    events: RecordedEvent[],
    { key, fingerprint }: NonNullable<CommandContext['idempotency']>,
  ): CommandResult | undefined {
    const firstId = idempotentEventId(key, streamId, 0);
    const start = events.findIndex((e) => e.id === firstId);
    if (start < 0) return undefined;
    if (events[start].metadata.idempotencyFingerprint !== fingerprint) throw new IdempotencyKeyReusedError(streamId);
    const appended: RecordedEvent[] = [];
    for (let i = start; i < events.length && events[i].id === idempotentEventId(key, streamId, i - start); i++) {
      appended.push(events[i]);
    }
    const last = appended[appended.length - 1];
    return { streamId, streamRevision: last.revision, position: last.position, appended, replayed: true };
  }
}
