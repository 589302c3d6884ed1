import type { Worker } from 'node:worker_threads';
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
  EventStoreClosedError,
} from '../event-store.port.js';
import { CommitWaiters, LogSubscription } from '../log-subscription.js';
import { startWorker } from '../threads/start-worker.js';
import type { CommitListener, SqliteEventStoreOptions } from './sqlite-event-store.js';
import { type StoreMessage, type StoreRequest, fromCrossingError } from './store-thread.protocol.js';

/** Called once when the store's thread dies: every request from then on rejects with `error`. */
export type StoreFailureListener = (error: Error) => void;

type Pending = { resolve: (value: never) => void; reject: (error: Error) => void };

/** Requests without their id, each typed by its op. */
type Request = StoreRequest extends infer R ? (R extends StoreRequest ? Omit<R, 'id'> : never) : never;

/**
 * The embedded store with its SQLite work on a worker thread (sqlite-store.worker.ts): group commits, fsyncs,
 * WAL checkpoints and reads never block the caller's event loop. Its guarantees are SqliteEventStore's, which
 * runs in the worker: an append is acknowledged once its transaction committed there, appends that arrive
 * together are committed together, and errors come back as the same classes.
 *
 * When the thread dies (an uncaught error, out of memory), every pending and later request rejects with an
 * error that says so, and the failure listeners hear of it once: appends it had not acknowledged may or may not
 * be committed, exactly as after a crash, and the owner should restart rather than go on without a store.
 */
export class ThreadedSqliteEventStore implements EventStore {
  /** Starts the thread and opens the store there; rejects when the file cannot be opened. */
  static async open(options: SqliteEventStoreOptions): Promise<ThreadedSqliteEventStore> {
    const store = new ThreadedSqliteEventStore(options);
    // Until the store answers, a failure is this call's rejection rather than a warning.
    const quiet = store.onFailure(() => undefined);
    try {
      await store.headPosition();
    } catch (error) {
      await store.worker.terminate();
      // What stopped the thread before it answered is why the file could not be opened, as SqliteEventStore throws it.
      throw error instanceof Error && error.cause instanceof Error ? error.cause : error;
    } finally {
      quiet();
    }
    return store;
  }

  readonly pageSize: number;
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private outbox: StoreRequest[] = [];
  private closed = false;
  private closing: Promise<void> | null = null;
  /** Set once the thread was asked to end, so its exit is not taken for a crash. */
  private ending = false;
  private failure: Error | null = null;
  private commitVersion = 0;
  private readonly waiters: CommitWaiters;
  private readonly commitListeners = new Set<CommitListener>();
  private readonly failureListeners = new Set<StoreFailureListener>();
  private readonly subscriptions = new Set<LogSubscription>();

  private constructor(options: SqliteEventStoreOptions) {
    this.pageSize = options.pageSize ?? 500;
    this.waiters = new CommitWaiters(options.pollIntervalMs ?? 1000);
    this.worker = startWorker(new URL('./sqlite-store.worker.js', import.meta.url), { workerData: options });
    // Like an idle SqliteEventStore, an idle thread does not keep the process alive; a pending request does.
    this.worker.unref();
    this.worker.on('message', (messages: StoreMessage[]) => this.receive(messages));
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`the thread exited with code ${code}`)));
  }

  appendToStream(streamId: string, events: EventToAppend[], expected: ExpectedRevision = 'any'): Promise<AppendResult> {
    return this.request({ op: 'append', streamId, events, expected });
  }

  readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return this.request({ op: 'readStream', streamId, options });
  }

  existingStreams(streamIds: readonly string[]): Promise<Set<string>> {
    return this.request({ op: 'existingStreams', streamIds });
  }

  readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return this.readAllNow(options.after ?? -1n, undefined, options.filter, options.maxCount);
  }

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    const subscription = new LogSubscription(this, options.after ?? -1n, options.filter);
    if (this.closed) subscription.stop();
    else this.subscriptions.add(subscription);
    return subscription;
  }

  headPosition(): Promise<bigint> {
    return this.headNow();
  }

  /** Wakes `listener` right after each commit of this store's thread. Returns the function that stops it. */
  onCommitted(listener: CommitListener): () => void {
    this.commitListeners.add(listener);
    return () => this.commitListeners.delete(listener);
  }

  /** Tells `listener` when the store's thread dies. Without a listener the failure is a process warning. */
  onFailure(listener: StoreFailureListener): () => void {
    this.failureListeners.add(listener);
    return () => this.failureListeners.delete(listener);
  }

  /** Commits the appends already sent, ends the subscriptions, closes the file and ends the thread. */
  close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  /** @internal Tests stop the thread as a crash would. */
  terminateWorker(): Promise<number> {
    return this.worker.terminate();
  }

  /** @internal */
  readAllNow(
    after: bigint,
    upTo: bigint | undefined,
    filter: AllFilter | undefined,
    maxCount?: number,
  ): Promise<RecordedEvent[]> {
    return this.request({ op: 'readAll', after, upTo, filter, maxCount });
  }

  /** @internal */
  headNow(): Promise<bigint> {
    return this.request({ op: 'head' });
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
   * @internal Resolves after the next commit of this store (or at once if one happened since `sinceVersion`),
   * after the poll interval (another process may have written), or when the store closes or fails.
   */
  waitForCommit(sinceVersion: number, stopSignal: { onStop(wake: () => void): void }): Promise<void> {
    return this.waiters.wait(this.closed || this.failure !== null || this.commitVersion !== sinceVersion, stopSignal);
  }

  /** @internal */
  forgetSubscription(subscription: LogSubscription): void {
    this.subscriptions.delete(subscription);
  }

  private request<T>(request: Request): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new EventStoreClosedError());
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve: resolve as (value: never) => void, reject });
      if (this.outbox.length === 0) queueMicrotask(() => this.send());
      this.outbox.push({ ...request, id } as StoreRequest);
    });
  }

  private send(): void {
    const requests = this.outbox;
    this.outbox = [];
    if (this.failure) return;
    try {
      this.post(requests);
    } catch {
      // One request that cannot be cloned (a function in an event's data) fails alone, not the others of its tick.
      for (const request of requests) {
        try {
          this.post([request]);
        } catch (error) {
          this.settle(request.id)?.reject(error instanceof Error ? error : new Error(String(error)));
        }
      }
    }
  }

  private post(requests: StoreRequest[]): void {
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker thread's port has no origin
    this.worker.postMessage(requests);
  }

  private receive(messages: StoreMessage[]): void {
    for (const message of messages) {
      if ('committed' in message) {
        this.committed(message.committed);
        continue;
      }
      const pending = this.settle(message.id);
      if (!pending) continue;
      if (message.ok) pending.resolve(message.value as never);
      else pending.reject(fromCrossingError(message.error));
    }
  }

  private settle(id: number): Pending | undefined {
    const pending = this.pending.get(id);
    this.pending.delete(id);
    if (this.pending.size === 0) this.worker.unref();
    return pending;
  }

  private committed(head: bigint): void {
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

  private async shutdown(): Promise<void> {
    const closedThere = this.failure ? Promise.resolve() : this.request<void>({ op: 'close' });
    this.closed = true;
    for (const subscription of this.subscriptions) subscription.stop();
    this.subscriptions.clear();
    this.waiters.wakeAll();
    try {
      await closedThere;
    } finally {
      this.ending = true;
      this.commitListeners.clear();
      await this.worker.terminate();
    }
  }

  private fail(cause: Error): void {
    if (this.ending || this.failure) return;
    this.failure = new Error(
      `The event store's thread stopped (${cause.message}): nothing more is read or written, and an append it ` +
        'had not acknowledged may or may not be committed; restart the process',
      { cause },
    );
    this.outbox = [];
    for (const pending of this.pending.values()) pending.reject(this.failure);
    this.pending.clear();
    this.waiters.wakeAll();
    if (this.failureListeners.size === 0) process.emitWarning(this.failure);
    for (const listener of this.failureListeners) listener(this.failure);
  }
}
