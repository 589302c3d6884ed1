import type { Worker } from 'node:worker_threads';
import { startWorker, type EventStore, type RecordedEvent, type StoreConfig } from '@aidledger/event-store';
import {
  allProjections,
  checkpointLags,
  orderFulfilment,
  type CommandDispatch,
  type ProjectionLag,
  type ProjectorLogger,
  type ReadModelDb,
  type WorkflowCommand,
} from '@aidledger/projections';

/** What the API tells the projector thread. */
export type ToProjector =
  | { type: 'committed' }
  | { type: 'lag'; id: number }
  | { type: 'stop'; id: number }
  | { type: 'dispatched'; id: number; error?: string };

/** What the projector thread tells the API. */
export type FromProjector =
  | { type: 'ready' }
  | { type: 'log'; level: keyof ProjectorLogger; message: string; context?: Record<string, unknown> }
  | { type: 'answer'; id: number; lags?: ProjectionLag[]; error?: string }
  | { type: 'dispatch'; id: number; command: WorkflowCommand; cause: RecordedEvent };

export type ProjectorThreadData = { store: StoreConfig };

type CommitSource = { onCommitted(listener: () => void): () => void };

const hasCommitListener = (store: EventStore): store is EventStore & CommitSource =>
  typeof (store as Partial<CommitSource>).onCommitted === 'function';

/** A lag or stop the thread does not answer within this is taken as failed. */
const ANSWER_TIMEOUT_MS = 5_000;
const STOP_TIMEOUT_MS = 30_000;
const MAX_RESTART_DELAY_MS = 10_000;

export type ProjectorThreadOptions = {
  config: StoreConfig;
  /** The API's store: its commits wake the thread's readers at once. */
  store: EventStore;
  /** The API's read-model connection: the checkpoints show the lag while the thread is down. */
  db: ReadModelDb;
  logger: ProjectorLogger;
  /** Sends the order-fulfilment workflow's commands, which the thread follows the log for, through the CommandBus. */
  dispatch: CommandDispatch;
};

/**
 * Runs every projection in a worker thread of the API, so their read-model writes never hold the HTTP event loop,
 * and follows the log there for the order-fulfilment workflow too, whose commands come back here to the CommandBus:
 * the API's own read-model connection then only reads and never waits for the thread's write lock. The thread opens
 * its own store and read-model connections; each projection's update and its checkpoint commit in one transaction,
 * so a thread that died is restarted (after a growing pause) and goes on from the checkpoints.
 */
export class ProjectorThread {
  private worker: Worker | null = null;
  /** Why the thread is not running, for the lag (and so readiness) meanwhile; null while it runs. */
  private failure: string | null = 'the projector thread is starting';
  private failures = 0;
  /** Whether a thread ever got ready: only then is one that ends restarted. */
  private ran = false;
  private stopping = false;
  private restartTimer: NodeJS.Timeout | null = null;
  private nextId = 0;
  private readonly pending = new Map<number, (answer: FromProjector & { type: 'answer' }) => void>();
  private wakeQueued = false;
  private stopListening: (() => void) | null = null;

  constructor(private readonly options: ProjectorThreadOptions) {}

  /** Resolves once the thread prepared the projections' tables and runs them; rejects when it cannot start. */
  async start(): Promise<void> {
    const { store, config } = this.options;
    // A PostgreSQL store in the thread hears commits by NOTIFY; a SQLite one only polls, so commits are forwarded.
    if (config.eventStore === 'sqlite' && hasCommitListener(store))
      this.stopListening = store.onCommitted(() => this.forwardCommit());
    await this.spawn();
  }

  /** Stops the projections, lets the thread close its connections, then ends it. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.stopListening?.();
    this.stopListening = null;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    this.restartTimer = null;
    const worker = this.worker;
    if (!worker) return;
    try {
      await this.request('stop', STOP_TIMEOUT_MS);
    } catch (error) {
      this.options.logger.warn('projector thread did not stop cleanly; ending it', { error: describe(error) });
    }
    await worker.terminate();
  }

  /** The thread's projections' lag; while it is down, their checkpoints' lag with the reason as the error. */
  async lag(): Promise<ProjectionLag[]> {
    if (this.worker && this.failure === null) {
      try {
        const answer = await this.request('lag', ANSWER_TIMEOUT_MS);
        if (answer.lags) return answer.lags;
        return await this.storedLags(answer.error ?? 'no answer');
      } catch (error) {
        return this.storedLags(describe(error));
      }
    }
    return this.storedLags(this.failure ?? 'the projector thread is not running');
  }

  /** @internal For tests that end the thread as a crash would. */
  get workerForTests(): Worker | null {
    return this.worker;
  }

  private async storedLags(error: string): Promise<ProjectionLag[]> {
    const { store, db } = this.options;
    const followed = [...allProjections, orderFulfilment];
    const versions = await checkpointLags({ store, db, projections: followed });
    return versions
      .filter((version) => version.status !== 'retired' && followed.some((p) => p.name === version.name))
      .map((version) => ({
        name: version.name,
        version: version.version,
        status: version.status,
        phase: 'projector thread down',
        position: Number(version.position),
        headPosition: Number(version.headPosition),
        behindPositions: version.behindPositions,
        behindMs: version.behindMs,
        lastError: error,
      }));
  }

  private spawn(): Promise<void> {
    const data: ProjectorThreadData = {
      store: {
        dataDir: this.options.config.dataDir,
        eventStore: this.options.config.eventStore,
        eventStoreConnectionString: this.options.config.eventStoreConnectionString,
        databaseUrl: this.options.config.databaseUrl,
        storeThread: this.options.config.storeThread,
      },
    };
    const worker = startWorker(new URL('./projector.worker.js', import.meta.url), { workerData: data });
    this.worker = worker;
    let lastError: string | null = null;
    return new Promise<void>((resolve, reject) => {
      worker.on('message', (message: FromProjector) => {
        if (message.type === 'ready') {
          this.ran = true;
          this.failure = null;
          this.failures = 0;
          resolve();
        } else if (message.type === 'log') {
          this.options.logger[message.level](message.message, message.context);
        } else if (message.type === 'dispatch') {
          this.options.dispatch(message.command, message.cause).then(
            () => tell(worker, { type: 'dispatched', id: message.id }),
            (error: unknown) => tell(worker, { type: 'dispatched', id: message.id, error: describe(error) }),
          );
        } else {
          this.pending.get(message.id)?.(message);
        }
      });
      worker.on('error', (error) => {
        lastError = describe(error);
      });
      worker.on('exit', (code) => {
        if (this.worker !== worker) return;
        this.worker = null;
        const reason = `the projector thread ended: ${lastError ?? `exit code ${code}`}`;
        for (const answer of this.pending.values()) answer({ type: 'answer', id: -1, error: reason });
        this.pending.clear();
        if (this.stopping) return;
        this.failure = reason;
        reject(new Error(reason));
        // A thread that never ran (a bad read-model database) fails the bootstrap, as the in-thread projector does.
        if (!this.ran) return;
        this.failures += 1;
        const delay = Math.min(500 * 2 ** this.failures, MAX_RESTART_DELAY_MS);
        this.options.logger.error('projector thread failed; restarting it from the checkpoints', {
          error: reason,
          restartInMs: delay,
        });
        this.restartTimer = setTimeout(() => {
          this.restartTimer = null;
          this.spawn().catch(() => {});
        }, delay);
      });
    });
  }

  private request(type: 'lag' | 'stop', timeoutMs: number): Promise<FromProjector & { type: 'answer' }> {
    const worker = this.worker;
    if (!worker) return Promise.reject(new Error('the projector thread is not running'));
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`the projector thread did not answer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, (answer) => {
        clearTimeout(timer);
        this.pending.delete(id);
        resolve(answer);
      });
      tell(worker, { type, id });
    });
  }

  /** At most one wake-up per turn of the event loop, however many commits the turn made. */
  private forwardCommit(): void {
    if (this.wakeQueued || !this.worker) return;
    this.wakeQueued = true;
    setImmediate(() => {
      this.wakeQueued = false;
      if (this.worker) tell(this.worker, { type: 'committed' });
    });
  }
}

/** A worker thread's port, not a window's: no target origin. */
const tell = (worker: Worker, message: ToProjector): void => worker.postMessage(message);

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));
