import { Client, Pool, type PoolClient, type QueryResult } from 'pg';
import {
  type AllFilter,
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
  EventIdConflictError,
  EventStoreClosedError,
  WrongExpectedRevisionError,
} from '../event-store.port.js';
import {
  CommitWaiters,
  EVENT_COLUMNS,
  type EventRow,
  expectationHolds,
  LogSubscription,
  MAX_REVISION,
  type Outcome,
  type PendingAppend,
  resentAtSamePlace,
  type SerializedEvent,
  serializeEvents,
  toRecordedEvent,
} from '../log-subscription.js';
import { APPEND_LOCK_KEY, EVENTS_CHANNEL, POSTGRES_EVENT_STORE_SCHEMA } from './postgres-schema.js';

export type PostgresEventStoreOptions = {
  /** How often a caught-up subscription reads the head when no notification came: the fallback for a lost one. */
  pollIntervalMs?: number;
  /** Events a subscription reads per page while catching up. */
  pageSize?: number;
  /** Connections of the pool for appends and reads (the LISTEN connection is extra). */
  maxConnections?: number;
  /** false: no LISTEN connection; subscriptions and commit listeners learn of other processes' commits by polling. */
  listen?: boolean;
  /** Shown in pg_stat_activity; the LISTEN connection gets `-listen` appended. */
  applicationName?: string;
};

/** Called after a commit of this process, or a notification of another's, with the head position it made. */
export type PostgresCommitListener = (headPosition: bigint) => void;

type StoredEvent = { revision: bigint; position: bigint; recordedAt: string };

type StreamState = { revision: bigint; position: bigint };

/** A LIKE pattern matching the strings that start with `prefix` (backslash is LIKE's default escape). */
const likePrefix = (prefix: string): string => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The event store in PostgreSQL, beside the read models: for several API instances on one database.
 *
 * Positions are gap-free and become visible in order. Every append transaction takes one transaction-level
 * advisory lock before it reads the head, and holds it until it commits: positions are handed out max+1 by
 * one transaction at a time, and a transaction only gets the lock once the one before it has committed (or
 * rolled back). So whenever a reader can see position n, every position below n was committed before n's
 * transaction even began to write; a reader that reads `position > checkpoint` can never pass over an event
 * that commits later with a lower position (the lost-event problem of sequence-numbered logs).
 *
 * Appends that arrive while a transaction is in flight are group-committed in the next one, each checked
 * against the ones before it, as in the SQLite store; `synchronous_commit` stays on, so an acknowledged
 * append is on disk. Readers are woken by LISTEN/NOTIFY and, when a notification is lost or the listening
 * connection drops, by polling the head.
 */
export class PostgresEventStore implements EventStore {
  /** Opens a pool on `url` and creates the store's tables if missing. */
  static async connect(url: string, options: PostgresEventStoreOptions = {}): Promise<PostgresEventStore> {
    const store = new PostgresEventStore(url, options);
    try {
      await store.createSchema();
      if (options.listen !== false) await store.listen();
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  private readonly pool: Pool;
  private readonly pollIntervalMs: number;
  readonly pageSize: number;
  private readonly applicationName: string;
  private readonly listening: boolean;
  private listener: Client | null = null;
  private relistenTimer: NodeJS.Timeout | null = null;
  private queue: PendingAppend[] = [];
  private flushing: Promise<void> | null = null;
  private closed = false;
  private closing: Promise<void> | null = null;
  /** Incremented at every commit signal; subscriptions compare it to know they missed none. */
  private commitVersion = 0;
  private signalledHead = -1n;
  private readonly waiters: CommitWaiters;
  private readonly commitListeners = new Set<PostgresCommitListener>();
  private readonly subscriptions = new Set<LogSubscription>();

  private constructor(
    private readonly url: string,
    options: PostgresEventStoreOptions,
  ) {
    this.pollIntervalMs = options.pollIntervalMs ?? 500;
    this.waiters = new CommitWaiters(this.pollIntervalMs);
    this.pageSize = options.pageSize ?? 500;
    this.applicationName = options.applicationName ?? 'aidledger';
    this.listening = options.listen !== false;
    this.pool = new Pool({
      connectionString: url,
      max: options.maxConnections ?? 10,
      application_name: this.applicationName,
    });
    // An idle connection that the server ends is dropped by the pool; the next query opens another.
    this.pool.on('error', () => undefined);
  }

  appendToStream(streamId: string, events: EventToAppend[], expected: ExpectedRevision = 'any'): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new EventStoreClosedError());
    let serialized: SerializedEvent[];
    try {
      serialized = serializeEvents(events);
    } catch (error) {
      return Promise.reject(error);
    }
    return new Promise<AppendResult>((resolve, reject) => {
      this.queue.push({ streamId, events: serialized, expected, resolve, reject });
      this.scheduleFlush();
    });
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const limit = options.maxCount ?? null;
    if (limit === 0) return [];
    const backwards = options.direction === 'backwards';
    const from = options.fromRevision ?? (backwards ? MAX_REVISION : 0n);
    const rows = await this.rows(
      `SELECT ${EVENT_COLUMNS} FROM aidledger_events WHERE stream_id = $1 AND revision ${backwards ? '<=' : '>='} $2
       ORDER BY revision ${backwards ? 'DESC' : ''} LIMIT $3`,
      [streamId, from.toString(), limit],
    );
    return rows.map(toRecordedEvent);
  }

  async existingStreams(streamIds: readonly string[]): Promise<Set<string>> {
    this.assertOpen();
    if (streamIds.length === 0) return new Set();
    const result = await this.pool.query<{ stream_id: string }>(
      'SELECT stream_id FROM aidledger_streams WHERE stream_id = ANY($1::text[])',
      [streamIds],
    );
    return new Set(result.rows.map((row) => row.stream_id));
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    return this.readAllNow(options.after ?? -1n, undefined, options.filter, options.maxCount);
  }

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    const subscription = new LogSubscription(this, options.after ?? -1n, options.filter);
    if (this.closed) subscription.stop();
    else this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<bigint> {
    this.assertOpen();
    return this.headNow();
  }

  /**
   * Wakes `listener` after each commit of this process and each notification of another's (the projector's
   * log follower sleeps on it). Returns the function that stops it.
   */
  onCommitted(listener: PostgresCommitListener): () => void {
    this.commitListeners.add(listener);
    return () => this.commitListeners.delete(listener);
  }

  /** Commits the appends already queued, ends the subscriptions, then closes the connections. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      this.closed = true;
      while (this.flushing) await this.flushing;
      for (const subscription of this.subscriptions) subscription.stop();
      this.subscriptions.clear();
      this.waiters.wakeAll();
      this.commitListeners.clear();
      if (this.relistenTimer) clearTimeout(this.relistenTimer);
      const listener = this.listener;
      this.listener = null;
      await listener?.end().catch(() => undefined);
      await this.pool.end();
    })();
    return this.closing;
  }

  /** @internal Events after `after`, up to and including `upTo`, in position order. */
  async readAllNow(
    after: bigint,
    upTo: bigint | undefined,
    filter: AllFilter | undefined,
    maxCount?: number,
  ): Promise<RecordedEvent[]> {
    const types = filter?.eventTypes ?? [];
    const prefixes = filter?.streamPrefixes ?? [];
    const parameters: unknown[] = [after.toString()];
    const conditions = ['position > $1'];
    if (upTo !== undefined) conditions.push(`position <= $${parameters.push(upTo.toString())}`);
    if (types.length > 0) conditions.push(`type = ANY($${parameters.push(types)}::text[])`);
    if (prefixes.length > 0)
      conditions.push(`stream_id LIKE ANY($${parameters.push(prefixes.map(likePrefix))}::text[])`);
    const limit = `$${parameters.push(maxCount ?? null)}`;
    const rows = await this.rows(
      `SELECT ${EVENT_COLUMNS} FROM aidledger_events WHERE ${conditions.join(' AND ')} ORDER BY position LIMIT ${limit}`,
      parameters,
    );
    return rows.map(toRecordedEvent);
  }

  /** @internal */
  async headNow(): Promise<bigint> {
    const result = await this.pool.query<{ head: string | null }>('SELECT max(position) AS head FROM aidledger_events');
    return BigInt(result.rows[0].head ?? -1);
  }

  /** @internal */
  get isClosed(): boolean {
    return this.closed;
  }

  /** @internal */
  get currentCommitVersion(): number {
    return this.commitVersion;
  }

  /**
   * @internal Resolves at the next commit signal (or at once if one came since `sinceVersion`), after the poll
   * interval (a notification may have been lost), or when the store closes.
   */
  waitForCommit(sinceVersion: number, stopSignal: { onStop(wake: () => void): void }): Promise<void> {
    return this.waiters.wait(this.closed || this.commitVersion !== sinceVersion, stopSignal);
  }

  /** @internal */
  forgetSubscription(subscription: LogSubscription): void {
    this.subscriptions.delete(subscription);
  }

  private async rows(text: string, values: unknown[]): Promise<EventRow[]> {
    const result = await this.pool.query<EventRow>({ text, values, rowMode: 'array' });
    return result.rows;
  }

  private assertOpen(): void {
    if (this.closed) throw new EventStoreClosedError();
  }

  private async createSchema(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query(
        `BEGIN; SELECT pg_advisory_xact_lock(${APPEND_LOCK_KEY}); ${POSTGRES_EVENT_STORE_SCHEMA} COMMIT;`,
      );
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** Opens the LISTEN connection; when it drops, polling carries the readers until it is opened again. */
  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.url, application_name: `${this.applicationName}-listen` });
    const lost = () => {
      if (this.listener !== client) return;
      this.listener = null;
      void client.end().catch(() => undefined);
      this.relistenSoon();
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', (message) => {
      if (message.channel === EVENTS_CHANNEL && message.payload && /^\d+$/.test(message.payload)) {
        this.signal(BigInt(message.payload));
      }
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
    // Commits made while nobody listened were not notified: the readers look at the head once.
    this.signal(null);
  }

  private relistenSoon(): void {
    if (this.closed || !this.listening || this.relistenTimer) return;
    this.relistenTimer = setTimeout(() => {
      this.relistenTimer = null;
      if (this.closed) return;
      this.listen().catch(() => this.relistenSoon());
    }, this.pollIntervalMs);
    this.relistenTimer.unref();
  }

  /** A commit happened (head known) or may have happened (null): wake the waiters and the commit listeners. */
  private signal(head: bigint | null): void {
    if (head !== null) {
      // Our own commits arrive twice (at once, and by NOTIFY); an older head than one already signalled adds nothing.
      if (head <= this.signalledHead) return;
      this.signalledHead = head;
    }
    this.commitVersion++;
    this.waiters.wakeAll();
    for (const listener of this.commitListeners) {
      try {
        listener(this.signalledHead);
      } catch (error) {
        // A listener's failure is its own; the appends are committed and acknowledged regardless.
        process.emitWarning(`Commit listener failed: ${String(error)}`);
      }
    }
  }

  private scheduleFlush(): void {
    if (this.flushing) return;
    this.flushing = this.drain();
  }

  private async drain(): Promise<void> {
    // One turn of the event loop first, so that appends sent together are written together.
    await new Promise<void>((resolve) => setImmediate(resolve));
    try {
      while (this.queue.length > 0) {
        const batch = this.queue;
        this.queue = [];
        await this.write(batch);
      }
    } finally {
      // Cleared in the same turn as the queue was found empty: an append queued later schedules a new drain.
      this.flushing = null;
    }
  }

  private async write(batch: PendingAppend[]): Promise<void> {
    let outcomes: Outcome[];
    let head: bigint | null;
    let client: PoolClient | undefined;
    try {
      client = await this.pool.connect();
      try {
        ({ outcomes, head } = await this.writeIn(client, batch));
      } catch (error) {
        // The connection may be broken or mid-transaction: it is not given back to the pool.
        client.release(true);
        client = undefined;
        throw error;
      } finally {
        client?.release();
      }
    } catch (error) {
      for (const append of batch) append.reject(error);
      return;
    }
    batch.forEach((append, i) => {
      const outcome = outcomes[i];
      if (outcome.ok) append.resolve(outcome.result);
      else append.reject(outcome.error);
    });
    if (head !== null) this.signal(head);
  }

  /** One transaction for the batch; returns each append's outcome and the new head (null when nothing was written). */
  private async writeIn(
    client: PoolClient,
    batch: PendingAppend[],
  ): Promise<{ outcomes: Outcome[]; head: bigint | null }> {
    // READ COMMITTED whatever the server's default: the head is read by a statement that starts after the lock
    // is granted, so it sees the commit of the transaction that held the lock before (REPEATABLE READ would keep
    // the snapshot of the lock statement, taken before the wait). One round trip: no parameters, simple protocol.
    const opened = (await client.query(
      `BEGIN ISOLATION LEVEL READ COMMITTED;
       SELECT pg_advisory_xact_lock(${APPEND_LOCK_KEY});
       SELECT coalesce(max(position), -1) AS head,
              to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS recorded_at
         FROM aidledger_events`,
    )) as unknown as QueryResult<{ head: string; recorded_at: string }>[];
    const { head, recorded_at: recordedAt } = opened[2].rows[0];

    const streamIds = [...new Set(batch.map((append) => append.streamId))];
    const streams = new Map<string, StreamState>();
    const streamRows = await client.query<{ stream_id: string; revision: string; position: string }>(
      'SELECT stream_id, revision, position FROM aidledger_streams WHERE stream_id = ANY($1::text[])',
      [streamIds],
    );
    for (const row of streamRows.rows) {
      streams.set(row.stream_id, { revision: BigInt(row.revision), position: BigInt(row.position) });
    }

    // The appended ids already in their (existing) streams: all that the re-send and conflict checks need.
    const stored = new Map<string, Map<string, StoredEvent>>();
    const lookup = batch.flatMap((append) =>
      streams.has(append.streamId) ? append.events.map((event) => [append.streamId, event.id] as const) : [],
    );
    if (lookup.length > 0) {
      const storedRows = await client.query<{
        stream_id: string;
        event_id: string;
        revision: string;
        position: string;
        recorded_at: string;
      }>(
        `SELECT e.stream_id, e.event_id, e.revision, e.position, e.recorded_at
           FROM aidledger_events e JOIN unnest($1::text[], $2::text[]) AS k(stream_id, event_id)
             ON e.stream_id = k.stream_id AND e.event_id = k.event_id`,
        [lookup.map(([streamId]) => streamId), lookup.map(([, eventId]) => eventId)],
      );
      for (const row of storedRows.rows) {
        const known = stored.get(row.stream_id) ?? new Map<string, StoredEvent>();
        known.set(row.event_id, {
          revision: BigInt(row.revision),
          position: BigInt(row.position),
          recordedAt: row.recorded_at,
        });
        stored.set(row.stream_id, known);
      }
    }

    const plan = new BatchPlan(BigInt(head), recordedAt, streams, stored);
    const outcomes = batch.map((append): Outcome => {
      try {
        return { ok: true, result: plan.apply(append) };
      } catch (error) {
        return { ok: false, error };
      }
    });
    if (plan.rows.position.length === 0) {
      await client.query('COMMIT');
      return { outcomes, head: null };
    }
    const { rows } = plan;
    const changed = [...plan.changedStreams];
    await client.query(
      `WITH appended AS (
         INSERT INTO aidledger_events (${EVENT_COLUMNS})
         SELECT p, s, r, i, t, d, m, $8
           FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[])
             AS e(p, s, r, i, t, d, m)
       )
       INSERT INTO aidledger_streams (stream_id, revision, position)
       SELECT * FROM unnest($9::text[], $10::bigint[], $11::bigint[])
       ON CONFLICT (stream_id) DO UPDATE SET revision = excluded.revision, position = excluded.position`,
      [
        rows.position,
        rows.streamId,
        rows.revision,
        rows.eventId,
        rows.type,
        rows.data,
        rows.metadata,
        recordedAt,
        changed,
        changed.map((streamId) => streams.get(streamId)!.revision.toString()),
        changed.map((streamId) => streams.get(streamId)!.position.toString()),
      ],
    );
    // The notification is delivered at commit, so a woken reader finds the events; the head is a plain number.
    await client.query(`SELECT pg_notify('${EVENTS_CHANNEL}', '${plan.head}'); COMMIT;`);
    return { outcomes, head: plan.head };
  }
}

/**
 * The decisions of one batch, made in memory under the append lock from the streams and ids read at its start:
 * each append sees the ones before it, and one refused append writes nothing and leaves the others alone.
 */
class BatchPlan {
  readonly rows = {
    position: [] as string[],
    streamId: [] as string[],
    revision: [] as string[],
    eventId: [] as string[],
    type: [] as string[],
    data: [] as string[],
    metadata: [] as string[],
  };
  readonly changedStreams = new Set<string>();

  constructor(
    public head: bigint,
    private readonly recordedAt: string,
    private readonly streams: Map<string, StreamState>,
    private readonly stored: Map<string, Map<string, StoredEvent>>,
  ) {}

  /** The same checks, in the same order, as the SQLite store's `write`. */
  apply(append: PendingAppend): AppendResult {
    const { streamId, events, expected } = append;
    const stream = this.streams.get(streamId);
    const current = stream?.revision ?? -1n;
    if (events.length > 0 && current >= 0n) {
      const known = this.stored.get(streamId);
      const first = known?.get(events[0].id);
      if (first) return this.resend(append, first.revision, current);
      for (const event of events.slice(1)) {
        if (known?.has(event.id)) throw new EventIdConflictError(streamId, event.id);
      }
    }
    if (!expectationHolds(expected, current)) {
      throw new WrongExpectedRevisionError(streamId, expected, current < 0n ? 'no_stream' : current);
    }
    if (events.length === 0) return { nextExpectedRevision: current, position: stream?.position ?? -1n };

    const known = this.stored.get(streamId) ?? new Map<string, StoredEvent>();
    this.stored.set(streamId, known);
    let revision = current;
    const positions: bigint[] = [];
    for (const event of events) {
      this.head++;
      revision++;
      this.rows.position.push(this.head.toString());
      this.rows.streamId.push(streamId);
      this.rows.revision.push(revision.toString());
      this.rows.eventId.push(event.id);
      this.rows.type.push(event.type);
      this.rows.data.push(event.data);
      this.rows.metadata.push(event.metadata);
      known.set(event.id, { revision, position: this.head, recordedAt: this.recordedAt });
      positions.push(this.head);
    }
    this.streams.set(streamId, { revision, position: this.head });
    this.changedStreams.add(streamId);
    return {
      nextExpectedRevision: revision,
      position: this.head,
      written: { positions, recordedAt: this.recordedAt },
    };
  }

  /** Idempotent re-append: the same ids at the same place are a success that writes nothing. */
  private resend(append: PendingAppend, firstRevision: bigint, current: bigint): AppendResult {
    const { streamId, events, expected } = append;
    const known = this.stored.get(streamId);
    const samePlace = resentAtSamePlace(expected, firstRevision);
    let position = -1n;
    let recordedAt = '';
    const positions: bigint[] = [];
    for (let i = 0; i < events.length; i++) {
      // Ids and revisions are both unique in a stream: id i at revision first+i is the event at first+i being id i.
      const stored = known?.get(events[i].id);
      if (!stored || stored.revision !== firstRevision + BigInt(i) || !samePlace) {
        if (!expectationHolds(expected, current)) {
          throw new WrongExpectedRevisionError(streamId, expected, current < 0n ? 'no_stream' : current);
        }
        throw new EventIdConflictError(streamId, events[i].id);
      }
      position = stored.position;
      positions.push(position);
      recordedAt = stored.recordedAt;
    }
    return {
      nextExpectedRevision: firstRevision + BigInt(events.length - 1),
      position,
      written: { positions, recordedAt },
    };
  }
}
