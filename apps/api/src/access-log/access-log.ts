import { randomUUID } from 'node:crypto';
import { type BeforeApplicationShutdown, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { accessLogStream, type PersonDataAccessed } from '@aidledger/domain';
import {
  hashEvent,
  WrongExpectedRevisionError,
  type EventMetadata,
  type EventStore,
  type EventToAppend,
} from '@aidledger/event-store';
import type { Role } from '../auth/roles.js';
import { todayInStockholm } from '../clock/clock.js';
import type { Accessor } from './accessed-by.decorator.js';

/** One read of one person's data. `personId` is the pseudonymous id: never a name or a personnummer. */
export type AccessEntry = { actor: string; role: Role; personId: string; action: string; correlationId: string };

export type AccessLogOptions = {
  now?: () => Date;
  /** Most entries in one append; EventStoreDB refuses an append over its size limit (1 MiB by default). */
  maxEntriesPerAppend?: number;
  /** Appends tried for one batch while other writers keep moving the day's stream. */
  maxAttempts?: number;
  /** Told how many entries became durable with each append (the metrics count them). */
  onWritten?: (entries: number) => void;
};

type Head = { revision: bigint; hash: string };
type Queued = { id: string; stream: string; data: PersonDataAccessed['data']; receipt: Receipt };

const EVENT_TYPE: PersonDataAccessed['type'] = 'PersonDataAccessed';
const SCHEMA_VERSION = 1;
/** Ten or twelve digits, with or without a separator: written like a personnummer, whether valid or not. */
const LIKE_PERSONNUMMER = /^\d{6}(\d{2})?[-+]?\d{4}$/;

/** Settles one record() call: resolved once all its entries are durable, rejected at the first that is not. */
class Receipt {
  private settled = false;
  constructor(
    private remaining: number,
    private readonly resolve: () => void,
    private readonly reject: (error: unknown) => void,
  ) {}

  written(): void {
    this.remaining--;
    if (this.remaining === 0 && !this.settled) {
      this.settled = true;
      this.resolve();
    }
  }

  failed(error: unknown): void {
    if (this.settled) return;
    this.settled = true;
    this.reject(error);
  }
}

const checked = (entry: AccessEntry): AccessEntry => {
  for (const field of ['actor', 'role', 'personId', 'action', 'correlationId'] as const) {
    const value: unknown = entry[field];
    if (typeof value !== 'string' || value.length === 0 || value.length > 200)
      throw new Error(`An access entry needs ${field} as a text of 1 to 200 characters`);
  }
  // Never echo the value: it may be the very personal data the log must not hold.
  if (LIKE_PERSONNUMMER.test(entry.personId.trim()))
    throw new Error('An access entry names the person by the pseudonymous id, never by personnummer');
  return entry;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The access log of PDL 4 kap: every read of person-level data appends an entry that cannot be altered, in
 * an append-only stream per Stockholm day, hash-chained like every stream. `record` resolves once the
 * entries are committed, so a read that answers after it cannot lose its entry to a crash. Entries are
 * queued and appended together: one append per day stream while the previous one is in flight, so under
 * load a read waits for about one commit, and the store's group commit batches the rest.
 */
export class AccessLog implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('access-log');
  private readonly now: () => Date;
  private readonly maxEntriesPerAppend: number;
  private readonly maxAttempts: number;
  private readonly onWritten: (entries: number) => void;
  private queue: Queued[] = [];
  private scheduled = false;
  private running: Promise<void> | null = null;
  /** The last revision and hash this process wrote to each recent day stream: appends need not read first. */
  private readonly heads = new Map<string, Head>();

  constructor(
    private readonly store: EventStore,
    options: AccessLogOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.maxEntriesPerAppend = options.maxEntriesPerAppend ?? 500;
    this.maxAttempts = options.maxAttempts ?? 50;
    this.onWritten = options.onWritten ?? (() => {});
  }

  record(entries: AccessEntry[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    try {
      entries.forEach(checked);
    } catch (error) {
      return Promise.reject(error);
    }
    const at = this.now().toISOString();
    const stream = accessLogStream(todayInStockholm(new Date(at)));
    return new Promise<void>((resolve, reject) => {
      const receipt = new Receipt(entries.length, resolve, reject);
      for (const { actor, role, personId, action, correlationId } of entries) {
        // The entry's own fields only: whatever else an entry object carries is never stored.
        const data = { at, actor, role, personId, action, correlationId };
        this.queue.push({ id: randomUUID(), stream, data, receipt });
      }
      this.schedule();
    });
  }

  /** The entries of one request: one per person it named, however often it named them. */
  recordReads(accessor: Accessor, action: string, personIds: Iterable<string>): Promise<void> {
    return this.record([...new Set(personIds)].map((personId) => ({ ...accessor, personId, action })));
  }

  /** Resolves once every entry recorded so far is appended or refused. */
  async drain(): Promise<void> {
    while (this.scheduled || this.running || this.queue.length > 0) {
      if (this.running) await this.running;
      else await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Before the store closes, so the entries of reads already answered are written. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.drain();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.drain();
  }

  private schedule(): void {
    if (this.scheduled || this.running) return;
    this.scheduled = true;
    // One tick: the records of reads answered in the same turn of the event loop go in one append.
    setImmediate(() => {
      this.scheduled = false;
      this.running = this.flush().finally(() => {
        this.running = null;
        if (this.queue.length > 0) this.schedule();
      });
    });
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      const byStream = new Map<string, Queued[]>();
      for (const queued of batch) {
        const entries = byStream.get(queued.stream);
        if (entries) entries.push(queued);
        else byStream.set(queued.stream, [queued]);
      }
      await Promise.all([...byStream].map(([stream, entries]) => this.appendAll(stream, entries)));
      this.forgetOldHeads(byStream);
    }
  }

  private async appendAll(stream: string, entries: Queued[]): Promise<void> {
    for (let start = 0; start < entries.length; start += this.maxEntriesPerAppend) {
      const part = entries.slice(start, start + this.maxEntriesPerAppend);
      try {
        await this.append(stream, part);
        this.onWritten(part.length);
        for (const queued of part) queued.receipt.written();
      } catch (error) {
        this.logger.error({
          msg: 'access entries were not written',
          stream,
          entries: part.length,
          error: String(error),
        });
        for (const queued of part) queued.receipt.failed(error);
      }
    }
  }

  /** Appends after the stream's last event, chained to its hash; another writer got there first: read and chain again. */
  private async append(stream: string, entries: Queued[]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const head = this.heads.get(stream) ?? (await this.readHead(stream));
      const events = this.chained(head.hash, entries);
      try {
        const result = await this.store.appendToStream(
          stream,
          events,
          head.revision < 0n ? 'no_stream' : head.revision,
        );
        this.heads.set(stream, { revision: result.nextExpectedRevision, hash: events.at(-1)?.metadata.hash ?? '' });
        return;
      } catch (error) {
        this.heads.delete(stream);
        if (!(error instanceof WrongExpectedRevisionError) || attempt >= this.maxAttempts) throw error;
        // Writers that keep colliding step apart, each by its own random while.
        if (attempt > 2) await sleep(Math.random() * Math.min(attempt, 10));
      }
    }
  }

  private async readHead(stream: string): Promise<Head> {
    const [last] = await this.store.readStream(stream, { direction: 'backwards', maxCount: 1 });
    return last ? { revision: last.revision, hash: last.metadata.hash ?? '' } : { revision: -1n, hash: '' };
  }

  /** The entries as events with the metadata the command loop writes, each hash chained to the one before. */
  private chained(previousHash: string, entries: Queued[]): EventToAppend[] {
    let hash = previousHash;
    return entries.map(({ id, data }) => {
      const metadata: EventMetadata = {
        actor: data.actor,
        occurredAt: data.at,
        correlationId: data.correlationId,
        causationId: data.correlationId,
        schemaVersion: SCHEMA_VERSION,
      };
      hash = hashEvent(hash, { type: EVENT_TYPE, data, metadata });
      return { id, type: EVENT_TYPE, data, metadata: { ...metadata, hash } };
    });
  }

  /** Only the day streams written to lately are worth remembering; a forgotten one is read again when needed. */
  private forgetOldHeads(recent: Map<string, unknown>): void {
    if (this.heads.size <= 4) return;
    for (const stream of this.heads.keys()) if (!recent.has(stream)) this.heads.delete(stream);
  }
}
