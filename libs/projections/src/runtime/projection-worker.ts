import type { AllFilter, EventStore, RecordedEvent, Subscription } from '@aidledger/event-store';
import type { ReadModelDb, ReadModelTransaction } from '../read-model-db.js';
import type { SharedTransactions } from './shared-transactions.js';
import type { CommandDispatch, ProcessManager, Projection } from './projection.js';
import { tablePrefix } from './projection.js';
import {
  advanceCheckpoint,
  CheckpointMovedError,
  readVersions,
  switchOver,
  type ProjectionStatus,
} from './projection-state.js';

export type ProjectorLogger = {
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
};

export const silentLogger: ProjectorLogger = { info: () => {}, warn: () => {}, error: () => {} };

export type WorkerOptions = {
  store: EventStore;
  db: ReadModelDb;
  logger: ProjectorLogger;
  catchUpBatchSize: number;
  liveBatchSize: number;
  retryDelayMs: number;
  /** Shares one transaction between the projections that apply a batch in the same turn. */
  transactions?: SharedTransactions;
};

export type WorkerTarget =
  | { kind: 'projection'; projection: Projection; version: number }
  | { kind: 'workflow'; processManager: ProcessManager; dispatch: CommandDispatch; version: number };

export type WorkerPhase = 'starting' | 'catchingUp' | 'live' | 'retrying' | 'stopped';

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Follows the global log for one projection version (or workflow) from its own checkpoint. */
export class ProjectionWorker {
  position = -1n;
  /** Every event up to here was seen and the handled ones applied; at or past `position` (kept in memory). */
  scannedTo = -1n;
  status: ProjectionStatus = 'active';
  phase: WorkerPhase = 'starting';
  appliedEvents = 0;
  lastError: string | null = null;
  private stopped = false;
  private subscription: Subscription | null = null;
  private wakeLive: (() => void) | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly options: WorkerOptions,
    readonly target: WorkerTarget,
    /** Called when a building version took over, so the runtime stops the version it replaced. */
    private readonly onSwitched: (name: string, version: number) => void = () => {},
  ) {}

  get name(): string {
    return this.target.kind === 'projection' ? this.target.projection.name : this.target.processManager.name;
  }

  get version(): number {
    return this.target.version;
  }

  get handles(): readonly string[] {
    return this.target.kind === 'projection' ? this.target.projection.handles : this.target.processManager.handles;
  }

  get filter(): AllFilter {
    return { eventTypes: [...this.handles] };
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  start(): void {
    this.running ??= this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeLive?.();
    await this.subscription?.unsubscribe().catch(() => {});
    await this.running;
    this.phase = 'stopped';
  }

  /** Catches up in large batches, then follows live; on any error starts again from the stored checkpoint. */
  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      try {
        if (!(await this.loadCheckpoint())) break;
        this.phase = 'catchingUp';
        await this.catchUp();
        if (this.stopped) break;
        if (this.status === 'building') await this.switchIn();
        failures = 0;
        this.lastError = null;
        this.phase = 'live';
        await this.followLive();
      } catch (error) {
        if (this.stopped) break;
        await this.pause(this.failed(error, ++failures, 'resubscribing from its checkpoint'));
      }
    }
    this.phase = 'stopped';
  }

  /** Marks the worker as retrying after its `failures`th failure in a row, logs why, and says how long to back off. */
  failed(error: unknown, failures: number, retry: string): number {
    const { logger, retryDelayMs } = this.options;
    this.phase = 'retrying';
    this.lastError = error instanceof Error ? error.message : String(error);
    const log = error instanceof CheckpointMovedError ? logger.warn : logger.error;
    log.call(logger, `projection failed; ${retry}`, {
      projection: this.name,
      version: this.version,
      error: this.lastError,
    });
    return Math.min(retryDelayMs * 2 ** Math.min(failures - 1, 6), 5000);
  }

  /** Builds this version up to the head and switches it in (the rebuild command); false when interrupted. */
  async buildAndSwitch(onBatch?: () => void): Promise<boolean> {
    if (!(await this.loadCheckpoint())) return false;
    this.phase = 'catchingUp';
    await this.catchUp(onBatch);
    if (this.stopped) return false;
    await this.createIndexes();
    await switchOver(this.options.db, this.name, this.version);
    this.status = 'active';
    return true;
  }

  /** A building version that has seen the log up to the head takes over (driven by the shared reader). */
  async switchIn(): Promise<void> {
    await this.createIndexes();
    await switchOver(this.options.db, this.name, this.version);
    this.status = 'active';
    this.options.logger.info('projection version took over', { projection: this.name, version: this.version });
    this.onSwitched(this.name, this.version);
  }

  /** Applies a projection's events and moves its checkpoint in the caller's transaction; `applied` after commit. */
  async applyIn(trx: ReadModelTransaction, events: readonly RecordedEvent[], from = this.position): Promise<void> {
    if (this.target.kind !== 'projection') throw new Error(`${this.name} is a workflow, not a projection`);
    await advanceCheckpoint(trx, this.name, this.version, from, events[events.length - 1].position);
    await this.target.projection.applyBatch(trx, tablePrefix(this.name, this.version), events);
  }

  /** After a commit of several batches: the last event applied, how far the log was seen, how many were applied. */
  advanced(position: bigint, scannedTo: bigint, events: number): void {
    if (position > this.position) this.position = position;
    if (scannedTo > this.scannedTo) this.scannedTo = scannedTo;
    this.appliedEvents += events;
  }

  applied(events: readonly RecordedEvent[]): void {
    this.position = events[events.length - 1].position;
    if (this.scannedTo < this.position) this.scannedTo = this.position;
    this.appliedEvents += events.length;
  }

  /** Stores the scanned position as the checkpoint, so a restart does not scan again what held nothing for it. */
  async storeScanned(): Promise<void> {
    if (this.scannedTo > this.position) await this.skipTo(this.scannedTo);
  }

  private async createIndexes(): Promise<void> {
    if (this.target.kind !== 'projection') return;
    await this.target.projection.createIndexes?.(this.options.db, tablePrefix(this.name, this.version));
  }

  /** Returns false when this version was retired or removed, and the worker should end. */
  async loadCheckpoint(): Promise<boolean> {
    const version = (await readVersions(this.options.db, this.name)).find((row) => row.version === this.version);
    if (!version || version.status === 'retired') {
      this.stopped = true;
      return false;
    }
    this.position = version.position;
    this.scannedTo = version.position;
    this.status = version.status;
    return true;
  }

  /** Runs until a batch is taken from a head that was read before it, so no event is left behind. */
  async catchUp(onBatch?: () => void): Promise<void> {
    const { store, catchUpBatchSize } = this.options;
    while (!this.stopped) {
      const head = await store.headPosition();
      const events = await store.readAll({
        after: this.position < 0n ? undefined : this.position,
        maxCount: catchUpBatchSize,
        filter: this.filter,
      });
      if (events.length > 0) await this.apply(events);
      onBatch?.();
      // SQLite calls complete synchronously: without this, catching up would starve HTTP and timers.
      await yieldToEventLoop();
      if (events.length < catchUpBatchSize) {
        if (head > this.position) await this.skipTo(head);
        return;
      }
    }
  }

  private async followLive(): Promise<void> {
    const subscription = this.options.store.subscribeToAll({
      after: this.position < 0n ? undefined : this.position,
      filter: this.filter,
    });
    this.subscription = subscription;
    const queue: RecordedEvent[] = [];
    let failure: unknown = null;
    let ended = false;
    const pump = (async () => {
      try {
        for await (const event of subscription) {
          queue.push(event);
          this.wakeLive?.();
        }
      } catch (error) {
        failure = error;
      } finally {
        ended = true;
        this.wakeLive?.();
      }
    })();
    try {
      while (!this.stopped) {
        if (queue.length === 0) {
          if (failure) throw failure;
          if (ended) throw new Error('The subscription ended');
          await new Promise<void>((resolve) => (this.wakeLive = resolve));
          this.wakeLive = null;
          continue;
        }
        await this.apply(queue.splice(0, this.options.liveBatchSize));
        if (queue.length > 0) await yieldToEventLoop();
      }
    } finally {
      this.subscription = null;
      await subscription.unsubscribe().catch(() => {});
      await pump;
    }
  }

  private async apply(received: RecordedEvent[]): Promise<void> {
    const events = received.filter((event) => event.position > this.position);
    if (events.length === 0) return;
    if (this.target.kind === 'projection') await this.applyProjection(this.target.projection, events);
    else await this.applyWorkflow(this.target.processManager, this.target.dispatch, events);
  }

  private async applyProjection(projection: Projection, events: RecordedEvent[]): Promise<void> {
    const to = events[events.length - 1].position;
    const prefix = tablePrefix(this.name, this.version);
    const from = this.position;
    const work = async (trx: ReadModelTransaction) => {
      await advanceCheckpoint(trx, this.name, this.version, from, to);
      await projection.applyBatch(trx, prefix, events);
    };
    if (this.options.transactions) await this.options.transactions.run(work);
    else await this.options.db.transaction().execute(work);
    this.position = to;
    if (this.scannedTo < to) this.scannedTo = to;
    this.appliedEvents += events.length;
  }

  /** The checkpoint moves only past events whose commands were dispatched; a crash re-sends, FulfilOrder and ReopenOrder are idempotent. */
  private async applyWorkflow(
    manager: ProcessManager,
    dispatch: CommandDispatch,
    events: RecordedEvent[],
  ): Promise<void> {
    let handled: bigint | null = null;
    try {
      for (const event of events) {
        for (const command of manager.react(event)) await dispatch(command, event);
        handled = event.position;
        this.appliedEvents++;
      }
    } finally {
      if (handled !== null) await this.skipTo(handled);
    }
  }

  private async skipTo(position: bigint): Promise<void> {
    await advanceCheckpoint(this.options.db, this.name, this.version, this.position, position);
    this.position = position;
    if (this.scannedTo < position) this.scannedTo = position;
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wakeLive = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
