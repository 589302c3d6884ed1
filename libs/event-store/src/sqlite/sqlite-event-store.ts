import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
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
import { SQLITE_EVENT_STORE_SCHEMA } from './sqlite-schema.js';

export type SqliteEventStoreOptions = {
  /** File of the store; its folder is created. `:memory:` for a throwaway store. */
  path: string;
  /** How often a caught-up subscription looks for events written by another process. */
  pollIntervalMs?: number;
  /** Events a subscription reads per page while catching up. */
  pageSize?: number;
};

/** Called right after a commit, with the global position of the last committed event. */
export type CommitListener = (headPosition: bigint) => void;

/**
 * The embedded event store on SQLite (WAL, synchronous=FULL): an acknowledged append survives a crash or
 * power loss. Appends are group-committed: those that arrive while a batch is being written are written
 * together in the next transaction, so durability costs one fsync per batch rather than per append.
 */
export class SqliteEventStore implements EventStore {
  static open(path: string): SqliteEventStore {
    return new SqliteEventStore({ path });
  }

  private readonly db: Database.Database;
  readonly pageSize: number;
  private queue: PendingAppend[] = [];
  private flushScheduled = false;
  private closed = false;
  /** Incremented after every commit of this process; subscriptions compare it to know they missed none. */
  private commitVersion = 0;
  private readonly waiters: CommitWaiters;
  private readonly commitListeners = new Set<CommitListener>();
  private readonly subscriptions = new Set<LogSubscription>();
  private readonly readAllStatements = new Map<string, Database.Statement>();

  private readonly stmt: {
    begin: Database.Statement;
    commit: Database.Statement;
    rollback: Database.Statement;
    savepoint: Database.Statement;
    release: Database.Statement;
    rollbackTo: Database.Statement;
    head: Database.Statement<[], { head: bigint | null }>;
    streamRevision: Database.Statement<[string], { revision: bigint }>;
    existingStreams: Database.Statement<[string], { stream_id: string }>;
    eventById: Database.Statement<[string, string], { revision: bigint; position: bigint }>;
    eventAt: Database.Statement<[string, bigint], { event_id: string; position: bigint; recorded_at: string }>;
    insert: Database.Statement<[bigint, string, bigint, string, string, string, string, string]>;
    upsertStream: Database.Statement<[string, bigint]>;
    readForwards: Database.Statement<[string, bigint, number], EventRow>;
    readBackwards: Database.Statement<[string, bigint, number], EventRow>;
  };

  constructor(options: SqliteEventStoreOptions) {
    if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
    this.waiters = new CommitWaiters(options.pollIntervalMs ?? 1000);
    this.pageSize = options.pageSize ?? 500;
    this.db = new Database(options.path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    // 64 MiB of page cache rather than SQLite's 2 MiB: the stream indexes of a large store stay in memory.
    this.db.pragma('cache_size = -65536');
    this.db.exec(SQLITE_EVENT_STORE_SCHEMA);
    const prepare = <P extends unknown[], R>(sql: string) =>
      this.db.prepare<P, R>(sql).safeIntegers(true) as Database.Statement<P, R>;
    this.stmt = {
      begin: this.db.prepare('BEGIN IMMEDIATE'),
      commit: this.db.prepare('COMMIT'),
      rollback: this.db.prepare('ROLLBACK'),
      savepoint: this.db.prepare('SAVEPOINT append'),
      release: this.db.prepare('RELEASE append'),
      rollbackTo: this.db.prepare('ROLLBACK TO append'),
      head: prepare('SELECT MAX(position) AS head FROM events'),
      streamRevision: prepare('SELECT revision FROM streams WHERE stream_id = ?'),
      // The ids as one JSON array: one statement for any number of them, no limit on bound parameters.
      existingStreams: prepare('SELECT stream_id FROM streams WHERE stream_id IN (SELECT value FROM json_each(?))'),
      eventById: prepare('SELECT revision, position FROM events WHERE stream_id = ? AND event_id = ?'),
      eventAt: prepare('SELECT event_id, position, recorded_at FROM events WHERE stream_id = ? AND revision = ?'),
      insert: prepare(`INSERT INTO events (${EVENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
      upsertStream: prepare(
        'INSERT INTO streams (stream_id, revision) VALUES (?, ?) ON CONFLICT (stream_id) DO UPDATE SET revision = excluded.revision',
      ),
      readForwards: prepare<[string, bigint, number], EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision LIMIT ?`,
      ).raw(true),
      readBackwards: prepare<[string, bigint, number], EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`,
      ).raw(true),
    };
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
    const limit = options.maxCount ?? -1;
    if (limit === 0) return [];
    const rows =
      options.direction === 'backwards'
        ? this.stmt.readBackwards.all(streamId, options.fromRevision ?? MAX_REVISION, limit)
        : this.stmt.readForwards.all(streamId, options.fromRevision ?? 0n, limit);
    return rows.map(toRecordedEvent);
  }

  async existingStreams(streamIds: readonly string[]): Promise<Set<string>> {
    this.assertOpen();
    const rows = this.stmt.existingStreams.all(JSON.stringify(streamIds));
    return new Set(rows.map((row) => row.stream_id));
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

  /** Wakes `listener` right after each commit of this process. Returns the function that stops it. */
  onCommitted(listener: CommitListener): () => void {
    this.commitListeners.add(listener);
    return () => this.commitListeners.delete(listener);
  }

  /**
   * Another connection to the same file committed (e.g. the API's store, for this one in the projector thread):
   * subscriptions and commit listeners read on at once, as after a commit of this one, rather than at their next poll.
   */
  noteCommitElsewhere(): void {
    if (!this.closed) this.announceCommit(this.headNow());
  }

  /** Commits the appends already queued, ends the subscriptions, then closes the file. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    for (const subscription of this.subscriptions) subscription.stop();
    this.subscriptions.clear();
    this.waiters.wakeAll();
    this.commitListeners.clear();
    this.db.close();
  }

  /** @internal Consistent read of the log: events after `after`, up to and including `upTo`. */
  readAllNow(
    after: bigint,
    upTo: bigint | undefined,
    filter: AllFilter | undefined,
    maxCount?: number,
  ): RecordedEvent[] {
    const types = filter?.eventTypes ?? [];
    const prefixes = filter?.streamPrefixes ?? [];
    const key = `${upTo === undefined ? 0 : 1}:${types.length}:${prefixes.length}`;
    let statement = this.readAllStatements.get(key);
    if (!statement) {
      const conditions = ['position > ?'];
      if (upTo !== undefined) conditions.push('position <= ?');
      if (types.length > 0) conditions.push(`type IN (${types.map(() => '?').join(', ')})`);
      if (prefixes.length > 0) conditions.push(`(${prefixes.map(() => 'instr(stream_id, ?) = 1').join(' OR ')})`);
      statement = this.db
        .prepare(`SELECT ${EVENT_COLUMNS} FROM events WHERE ${conditions.join(' AND ')} ORDER BY position LIMIT ?`)
        .safeIntegers(true)
        .raw(true);
      this.readAllStatements.set(key, statement);
    }
    const parameters: Array<bigint | string | number> = [after];
    if (upTo !== undefined) parameters.push(upTo);
    parameters.push(...types, ...prefixes, maxCount ?? -1);
    return (statement.all(...parameters) as EventRow[]).map(toRecordedEvent);
  }

  /** @internal */
  headNow(): bigint {
    return this.stmt.head.get()?.head ?? -1n;
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
   * @internal Resolves after the next commit of this process (or at once if one happened since `sinceVersion`),
   * after the poll interval (another process may have written), or when the store closes.
   */
  waitForCommit(sinceVersion: number, stopSignal: { onStop(wake: () => void): void }): Promise<void> {
    return this.waiters.wait(this.closed || this.commitVersion !== sinceVersion, stopSignal);
  }

  /** @internal */
  forgetSubscription(subscription: LogSubscription): void {
    this.subscriptions.delete(subscription);
  }

  private assertOpen(): void {
    if (this.closed) throw new EventStoreClosedError();
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => this.flush());
  }

  private flush(): void {
    this.flushScheduled = false;
    const batch = this.queue;
    if (batch.length === 0 || this.closed) return;
    this.queue = [];
    const outcomes: Outcome[] = [];
    let head: bigint;
    try {
      this.stmt.begin.run();
      try {
        const recordedAt = new Date().toISOString();
        head = this.headNow();
        for (const append of batch) {
          const current = this.stmt.streamRevision.get(append.streamId)?.revision ?? -1n;
          if (current < 0n && append.events.length > 0 && expectationHolds(append.expected, current)) {
            // A new stream's inserts cannot conflict (positions follow the head, ids are unique in the append), so
            // it needs no savepoint of its own: a bulk import writes thousands of them per batch.
            const { result, lastPosition } = this.insert(append, current, head, recordedAt);
            head = lastPosition;
            outcomes.push({ ok: true, result });
            continue;
          }
          this.stmt.savepoint.run();
          try {
            const { result, lastPosition } = this.write(append, current, head, recordedAt);
            this.stmt.release.run();
            head = lastPosition;
            outcomes.push({ ok: true, result });
          } catch (error) {
            this.stmt.rollbackTo.run();
            this.stmt.release.run();
            outcomes.push({ ok: false, error });
          }
        }
        this.stmt.commit.run();
      } catch (error) {
        if (this.db.inTransaction) this.stmt.rollback.run();
        throw error;
      }
    } catch (error) {
      for (const append of batch) append.reject(error);
      if (this.queue.length > 0) this.scheduleFlush();
      return;
    }
    batch.forEach((append, i) => {
      const outcome = outcomes[i];
      if (outcome.ok) append.resolve(outcome.result);
      else append.reject(outcome.error);
    });
    this.announceCommit(head);
    if (this.queue.length > 0) this.scheduleFlush();
  }

  private announceCommit(head: bigint): void {
    this.commitVersion++;
    this.waiters.wakeAll();
    for (const listener of this.commitListeners) {
      try {
        listener(head);
      } catch (error) {
        // A listener's failure is its own; the appends are committed and acknowledged regardless.
        process.emitWarning(`Commit listener failed: ${String(error)}`);
      }
    }
  }

  /** Writes one append inside the batch transaction; throws, and writes nothing, when it may not be written. */
  private write(
    append: PendingAppend,
    current: bigint,
    head: bigint,
    recordedAt: string,
  ): { result: AppendResult; lastPosition: bigint } {
    const { streamId, events, expected } = append;
    // A stream without a row has no events, so none of the ids can be in it already.
    if (events.length > 0 && current >= 0n) {
      const first = this.stmt.eventById.get(streamId, events[0].id);
      if (first) return { result: this.resend(append, first.revision, current), lastPosition: head };
      for (const event of events.slice(1)) {
        if (this.stmt.eventById.get(streamId, event.id)) throw new EventIdConflictError(streamId, event.id);
      }
    }
    if (!expectationHolds(expected, current)) {
      throw new WrongExpectedRevisionError(streamId, expected, current < 0n ? 'no_stream' : current);
    }
    if (events.length === 0) {
      const last = current < 0n ? undefined : this.stmt.eventAt.get(streamId, current);
      return { result: { nextExpectedRevision: current, position: last?.position ?? -1n }, lastPosition: head };
    }
    return this.insert(append, current, head, recordedAt);
  }

  /** Inserts the events after revision `current` and position `head`. */
  private insert(
    append: PendingAppend,
    current: bigint,
    head: bigint,
    recordedAt: string,
  ): { result: AppendResult; lastPosition: bigint } {
    const { streamId, events } = append;
    let position = head;
    let revision = current;
    const positions: bigint[] = [];
    for (const event of events) {
      position++;
      revision++;
      this.stmt.insert.run(position, streamId, revision, event.id, event.type, event.data, event.metadata, recordedAt);
      positions.push(position);
    }
    this.stmt.upsertStream.run(streamId, revision);
    return {
      result: { nextExpectedRevision: revision, position, written: { positions, recordedAt } },
      lastPosition: position,
    };
  }

  /** Idempotent re-append: the same ids at the same place are a success that writes nothing. */
  private resend(append: PendingAppend, firstRevision: bigint, current: bigint): AppendResult {
    const { streamId, events, expected } = append;
    const samePlace = resentAtSamePlace(expected, firstRevision);
    let position = -1n;
    let recordedAt = '';
    const positions: bigint[] = [];
    for (let i = 0; i < events.length; i++) {
      const stored = this.stmt.eventAt.get(streamId, firstRevision + BigInt(i));
      if (!stored || stored.event_id !== events[i].id || !samePlace) {
        if (!expectationHolds(expected, current)) {
          throw new WrongExpectedRevisionError(streamId, expected, current < 0n ? 'no_stream' : current);
        }
        throw new EventIdConflictError(streamId, events[i].id);
      }
      position = stored.position;
      positions.push(position);
      recordedAt = stored.recorded_at;
    }
    // A re-send answers as the first append did: the events were all written by it, so they share its recordedAt.
    return {
      nextExpectedRevision: firstRevision + BigInt(events.length - 1),
      position,
      written: { positions, recordedAt },
    };
  }
}
