import type { EventStore, RecordedEvent, Subscription } from '@aidledger/event-store';
import type { ReadModelDb } from '../read-model-db.js';
import type { ProjectionWorker, ProjectorLogger } from './projection-worker.js';

export type LogFollowerOptions = {
  store: EventStore;
  db: ReadModelDb;
  logger: ProjectorLogger;
  /** Most events read (and applied, across all projections) per page. */
  pageSize: number;
  /**
   * While catching up, full pages go into one transaction until this many events were read: a read-model page
   * that several pages change is then written (and checkpointed) once rather than once per page.
   */
  catchUpEventsPerTransaction?: number;
  retryDelayMs: number;
  /** How often to look for commits of another process; commits of this one wake the reader at once. */
  pollIntervalMs?: number;
  /** Called after each page, e.g. for progress. */
  onPage?: () => void;
};

type CommitSource = { onCommitted(listener: (head: bigint) => void): () => void };

const hasCommitListener = (store: EventStore): store is EventStore & CommitSource =>
  typeof (store as Partial<CommitSource>).onCommitted === 'function';

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * One reader of the global log for every projection it drives: each page is read and parsed once, each
 * projection gets the events it handles, and all of them are applied in one transaction, each moving its own
 * checkpoint. A projection further ahead skips the events at or below what it has seen. When the shared
 * transaction fails, each projection's part is retried alone, and a failing one backs off from its stored
 * checkpoint while the others go on.
 */
export class LogFollower {
  private readonly members = new Set<ProjectionWorker>();
  private readonly joining = new Set<ProjectionWorker>();
  /** When each failed member may try again. */
  private readonly retries = new Map<ProjectionWorker, number>();
  private readonly failures = new Map<ProjectionWorker, number>();
  private stopped = false;
  private wake: (() => void) | null = null;
  private woken = false;
  /** After a failed transaction of several pages, the next page is applied alone. */
  private alone = false;
  private running: Promise<void> | null = null;
  private stopListening: (() => void) | null = null;

  constructor(private readonly options: LogFollowerOptions) {}

  add(worker: ProjectionWorker): void {
    if (this.stopped) return;
    worker.phase = 'starting';
    this.joining.add(worker);
    this.listen();
    this.notify();
    this.running ??= this.run();
  }

  has(worker: ProjectionWorker): boolean {
    return this.members.has(worker) || this.joining.has(worker);
  }

  /** The worker was stopped by its owner; it leaves after the page in flight. */
  remove(worker: ProjectionWorker): void {
    this.members.delete(worker);
    this.joining.delete(worker);
    this.retries.delete(worker);
    this.failures.delete(worker);
    this.notify();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.stopListening?.();
    this.stopListening = null;
    this.notify();
    await this.running;
    this.running = null;
  }

  private listen(): void {
    if (this.stopListening) return;
    const { store } = this.options;
    if (hasCommitListener(store)) {
      this.stopListening = store.onCommitted(() => this.notify());
      return;
    }
    // Stores without a commit signal: a subscription from the head serves as the wake-up.
    const listening: { subscription: Subscription | null; ended: boolean } = { subscription: null, ended: false };
    this.stopListening = () => {
      listening.ended = true;
      void listening.subscription?.unsubscribe().catch(() => {});
    };
    void (async () => {
      while (!listening.ended) {
        try {
          const head = await store.headPosition();
          listening.subscription = store.subscribeToAll({ after: head < 0n ? undefined : head });
          for await (const event of listening.subscription) {
            void event;
            this.notify();
          }
        } catch {
          // The reader reads from its own position: a lost wake-up costs at most the poll interval.
        }
        this.notify();
        if (!listening.ended) await new Promise((resolve) => setTimeout(resolve, this.options.retryDelayMs));
      }
    })();
  }

  private notify(): void {
    this.woken = true;
    this.wake?.();
  }

  private sleep(ms: number): Promise<void> {
    if (this.woken || this.stopped) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    }).then(() => {
      this.wake = null;
      this.woken = false;
    });
  }

  private async run(): Promise<void> {
    const { store, pageSize } = this.options;
    while (!this.stopped) {
      try {
        await this.admit();
        const ready = [...this.members].filter((worker) => !this.retries.has(worker) && !worker.isStopped);
        if (ready.length === 0) {
          await this.sleep(this.untilNextRetry());
          continue;
        }
        const from = ready.reduce(
          (lowest, worker) => (worker.scannedTo < lowest ? worker.scannedTo : lowest),
          ready[0].scannedTo,
        );
        const head = await store.headPosition();
        if (from >= head) {
          await this.caughtUp(ready, head);
          await this.sleep(Math.min(this.options.pollIntervalMs ?? 1000, this.untilNextRetry()));
          continue;
        }
        const types = new Set(ready.flatMap((worker) => worker.handles));
        const page = await store.readAll({
          after: from < 0n ? undefined : from,
          maxCount: pageSize,
          filter: { eventTypes: [...types] },
        });
        const to =
          page.length === pageSize && !this.alone
            ? await this.applyPages(ready, page, head)
            : await this.single(ready, page, head);
        if (to >= head) await this.caughtUp(ready, head);
        this.options.onPage?.();
        // SQLite calls complete synchronously: without this, catching up would starve HTTP and timers.
        await yieldToEventLoop();
      } catch (error) {
        if (this.stopped) break;
        this.options.logger.error('projection reader failed; reading again', {
          error: error instanceof Error ? error.message : String(error),
        });
        await this.sleep(this.options.retryDelayMs);
      }
    }
  }

  /** Loads the checkpoints of new members and of those whose back-off is over. */
  private async admit(): Promise<void> {
    const now = Date.now();
    const due = [...this.joining, ...[...this.retries].filter(([, at]) => at <= now).map(([worker]) => worker)];
    for (const worker of due) {
      if (worker.isStopped) {
        this.remove(worker);
        continue;
      }
      try {
        if (!(await worker.loadCheckpoint())) {
          this.remove(worker);
          continue;
        }
      } catch (error) {
        this.fail(worker, error);
        this.joining.delete(worker);
        this.members.add(worker);
        continue;
      }
      worker.phase = 'catchingUp';
      this.joining.delete(worker);
      this.retries.delete(worker);
      this.members.add(worker);
    }
  }

  private pageEnd(page: readonly RecordedEvent[], head: bigint): bigint {
    const last = page.length > 0 ? page[page.length - 1].position : head;
    // A short page holds every handled event up to the head read before it.
    return page.length < this.options.pageSize && last < head ? head : last;
  }

  private async single(ready: ProjectionWorker[], page: readonly RecordedEvent[], head: bigint): Promise<bigint> {
    this.alone = false;
    const to = this.pageEnd(page, head);
    await this.applyPage(ready, page, to);
    return to;
  }

  /**
   * Applies full pages, and the page after each, in one transaction while catching up; each member's checkpoint
   * moves in it. The members learn their new positions only once it committed. When it fails, nothing of it
   * stays and the next page is applied alone, so a failing projection is singled out as before.
   */
  private async applyPages(ready: ProjectionWorker[], first: readonly RecordedEvent[], head: bigint): Promise<bigint> {
    const { store, db, pageSize } = this.options;
    const limit = this.options.catchUpEventsPerTransaction ?? pageSize;
    const types = [...new Set(ready.flatMap((worker) => worker.handles))];
    const progress = new Map(ready.map((worker) => [worker, { position: worker.position, events: 0 }]));
    let to = -1n;
    try {
      await db.transaction().execute(async (trx) => {
        let page = first;
        for (let read = page.length; ; read += page.length) {
          const from = to;
          to = this.pageEnd(page, head);
          for (const [worker, done] of progress) {
            const events = this.eventsFor(worker, page, from);
            if (events.length === 0) continue;
            const last = events[events.length - 1].position;
            await worker.applyIn(trx, events, done.position);
            done.position = last;
            done.events += events.length;
          }
          if (page.length < pageSize || read >= limit || to >= head || this.stopped) break;
          this.options.onPage?.();
          // The transaction holds the read models' connection, but timers and HTTP go on between its pages.
          await yieldToEventLoop();
          page = await store.readAll({ after: to, maxCount: pageSize, filter: { eventTypes: types } });
        }
      });
    } catch (error) {
      this.alone = true;
      throw error;
    }
    for (const [worker, done] of progress) {
      worker.advanced(done.position, to, done.events);
      worker.lastError = null;
      this.failures.delete(worker);
    }
    return to;
  }

  /** The page's events for the worker past what it has seen (and past `after`, what this transaction applied). */
  private eventsFor(worker: ProjectionWorker, page: readonly RecordedEvent[], after = -1n): RecordedEvent[] {
    const handles = new Set(worker.handles);
    const seen = worker.scannedTo > after ? worker.scannedTo : after;
    return page.filter((event) => event.position > seen && handles.has(event.type));
  }

  private async applyPage(ready: ProjectionWorker[], page: readonly RecordedEvent[], to: bigint): Promise<void> {
    const batches: Array<{ worker: ProjectionWorker; events: RecordedEvent[] }> = [];
    for (const worker of ready) {
      const events = this.eventsFor(worker, page);
      if (events.length > 0) batches.push({ worker, events });
    }
    const failed = new Set<ProjectionWorker>();
    if (batches.length > 0) {
      try {
        await this.options.db.transaction().execute(async (trx) => {
          for (const { worker, events } of batches) await worker.applyIn(trx, events);
        });
        for (const { worker, events } of batches) worker.applied(events);
      } catch {
        for (const { worker, events } of batches) {
          try {
            await this.options.db.transaction().execute((trx) => worker.applyIn(trx, events));
            worker.applied(events);
          } catch (error) {
            failed.add(worker);
            this.fail(worker, error);
          }
        }
      }
    }
    for (const worker of ready) {
      if (failed.has(worker)) continue;
      if (worker.scannedTo < to) worker.scannedTo = to;
      worker.lastError = null;
      this.failures.delete(worker);
    }
  }

  /** Every ready member has seen the log up to `head`: building versions take over, the rest go live. */
  private async caughtUp(ready: ProjectionWorker[], head: bigint): Promise<void> {
    for (const worker of ready) {
      if (worker.scannedTo < head || worker.isStopped) continue;
      try {
        if (worker.phase !== 'live') await worker.storeScanned();
        if (worker.status === 'building') await worker.switchIn();
        worker.phase = 'live';
      } catch (error) {
        this.fail(worker, error);
      }
    }
  }

  private fail(worker: ProjectionWorker, error: unknown): void {
    const failures = (this.failures.get(worker) ?? 0) + 1;
    this.failures.set(worker, failures);
    this.retries.set(worker, Date.now() + worker.failed(error, failures, 'reading again from its checkpoint'));
  }

  private untilNextRetry(): number {
    let next = Number.POSITIVE_INFINITY;
    for (const at of this.retries.values()) next = Math.min(next, at - Date.now());
    return Math.max(1, Math.min(next, this.options.pollIntervalMs ?? 1000));
  }
}
