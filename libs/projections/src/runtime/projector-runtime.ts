import type { EventStore } from '@aidledger/event-store';
import type { ReadModelDb } from '../read-model-db.js';
import { tablePrefix, type CommandDispatch, type ProcessManager, type Projection } from './projection.js';
import { createStateTable, createVersion, dropRetired, readVersions } from './projection-state.js';
import { LogFollower } from './log-follower.js';
import { ProjectionWorker, silentLogger, type ProjectorLogger, type WorkerOptions } from './projection-worker.js';

export type Workflow = { processManager: ProcessManager; dispatch: CommandDispatch };

export type ProjectorRuntimeOptions = {
  store: EventStore;
  db: ReadModelDb;
  projections: readonly Projection[];
  workflows?: readonly Workflow[];
  logger?: ProjectorLogger;
  /** Events read per page, and applied for all projections in one transaction, while catching up. */
  catchUpBatchSize?: number;
  /** While catching up, the events of several pages applied in one transaction (see LogFollowerOptions). */
  catchUpEventsPerTransaction?: number;
  /** Most events per transaction when live; fewer when fewer are waiting. */
  liveBatchSize?: number;
  retryDelayMs?: number;
  /** How often to look for versions switched in by another process (the rebuild command). */
  discoveryIntervalMs?: number;
  /** Retired tables are dropped this long after the switch, so queries in flight finish. */
  retiredGraceMs?: number;
};

export type ProjectionLag = {
  name: string;
  version: number;
  status: 'active' | 'building' | 'retired';
  phase: string;
  position: number;
  headPosition: number;
  /** Positions between the checkpoint and the head; 0 when no event the projection handles is waiting. */
  behindPositions: number;
  /** How long the oldest event waiting for this projection has been committed. */
  behindMs: number;
  lastError: string | null;
};

/** Runs every projection and workflow, each from its own checkpoint. */
export class ProjectorRuntime {
  private readonly workers = new Map<string, ProjectionWorker>();
  private readonly workerOptions: WorkerOptions;
  private readonly logger: ProjectorLogger;
  /** Reads the log once for every projection; workflows follow it on their own, as they send commands. */
  private follower: LogFollower | null = null;
  private discovery: NodeJS.Timeout | null = null;
  private started = false;

  constructor(private readonly options: ProjectorRuntimeOptions) {
    this.logger = options.logger ?? silentLogger;
    this.workerOptions = {
      store: options.store,
      db: options.db,
      logger: this.logger,
      // One page serves every projection; at 2000 events a rebuild of all of them stays near 250 MB resident.
      catchUpBatchSize: options.catchUpBatchSize ?? 2000,
      liveBatchSize: options.liveBatchSize ?? 1000,
      retryDelayMs: options.retryDelayMs ?? 100,
    };
  }

  private newFollower(): LogFollower {
    return new LogFollower({
      store: this.options.store,
      db: this.options.db,
      logger: this.logger,
      pageSize: this.workerOptions.catchUpBatchSize,
      catchUpEventsPerTransaction: this.options.catchUpEventsPerTransaction ?? 20000,
      retryDelayMs: this.workerOptions.retryDelayMs,
    });
  }

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.follower = this.newFollower();
    await prepareProjections(this.options.db, this.options.projections, this.options.workflows ?? []);
    await this.discover(true);
    const interval = this.options.discoveryIntervalMs ?? 2000;
    this.discovery = setInterval(() => {
      this.discover().catch((error: unknown) =>
        this.logger.warn('projection discovery failed', {
          error: error instanceof Error ? error.message : String(error),
        }),
      );
    }, interval);
    this.discovery.unref();
  }

  async stop(): Promise<void> {
    if (this.discovery) clearInterval(this.discovery);
    this.discovery = null;
    this.started = false;
    await Promise.all([...this.workers.values()].map((worker) => worker.stop()));
    this.workers.clear();
    await this.follower?.stop();
    this.follower = null;
  }

  async lag(): Promise<ProjectionLag[]> {
    const store = this.options.store;
    const head = await store.headPosition();
    const now = Date.now();
    return Promise.all(
      [...this.workers.values()].map(async (worker) => {
        const [oldestWaiting] =
          worker.scannedTo >= head
            ? []
            : await store.readAll({
                after: worker.scannedTo < 0n ? undefined : worker.scannedTo,
                maxCount: 1,
                // The shared reader moves every projection's scanned position, so the next event is the one
                // waiting; a filtered look could scan the rest of the log for a type the page never holds.
                filter: this.follower?.has(worker) ? undefined : worker.filter,
              });
        return {
          name: worker.name,
          version: worker.version,
          status: worker.status,
          phase: worker.phase,
          position: Number(worker.scannedTo),
          headPosition: Number(head),
          behindPositions: oldestWaiting ? Number(head - worker.scannedTo) : 0,
          behindMs: oldestWaiting ? Math.max(0, now - Date.parse(oldestWaiting.recordedAt)) : 0,
          lastError: worker.lastError,
        };
      }),
    );
  }

  /** Resolves when every projection has applied every event it handles up to the head at the time of the call. */
  async waitUntilCaughtUp(timeoutMs = 30000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const head = await this.options.store.headPosition();
    for (;;) {
      const lags = await this.lag();
      const waiting = lags.filter((lag) => lag.behindPositions > 0 && lag.position < Number(head));
      if (waiting.length === 0) return;
      if (Date.now() > deadline)
        throw new Error(`Projections still behind: ${waiting.map((lag) => lag.name).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /**
   * Starts a worker for each active version of the current definition and stops retired ones. Building
   * versions are resumed only at start: one that appears later belongs to a rebuild command that builds it.
   */
  private async discover(starting = false): Promise<void> {
    const { db, projections, workflows = [] } = this.options;
    const versions = await readVersions(db);
    const wanted = new Map<string, ProjectionWorker>();
    for (const version of versions) {
      if (version.status === 'retired') continue;
      if (version.status === 'building' && !starting && !this.workers.has(`${version.name}@${version.version}`))
        continue;
      const key = `${version.name}@${version.version}`;
      const existing = this.workers.get(key);
      if (existing) {
        wanted.set(key, existing);
        continue;
      }
      const projection = projections.find((candidate) => candidate.name === version.name);
      const workflow = workflows.find((candidate) => candidate.processManager.name === version.name);
      let worker: ProjectionWorker | null = null;
      if (projection && projection.version === version.definitionVersion) {
        worker = new ProjectionWorker(
          this.workerOptions,
          { kind: 'projection', projection, version: version.version },
          (name, switchedIn) => this.retireOthers(name, switchedIn),
        );
      } else if (workflow) {
        worker = new ProjectionWorker(this.workerOptions, { kind: 'workflow', ...workflow, version: version.version });
      }
      if (!worker) continue;
      wanted.set(key, worker);
      this.workers.set(key, worker);
      if (worker.target.kind === 'projection' && this.follower) this.follower.add(worker);
      else worker.start();
    }
    for (const [key, worker] of this.workers) {
      if (!wanted.has(key)) {
        this.workers.delete(key);
        this.stopWorker(worker);
      }
    }
    await dropRetired(db, projections, this.options.retiredGraceMs ?? 10000);
  }

  private retireOthers(name: string, activeVersion: number): void {
    for (const [key, worker] of this.workers) {
      if (worker.name === name && worker.version !== activeVersion) {
        this.workers.delete(key);
        this.stopWorker(worker);
      }
    }
  }

  private stopWorker(worker: ProjectionWorker): void {
    this.follower?.remove(worker);
    void worker.stop();
  }
}

/**
 * Creates the state table and each projection's first version; when a projection's definition
 * changed, a new version starts building beside the active one, which keeps serving.
 */
export const prepareProjections = async (
  db: ReadModelDb,
  projections: readonly Projection[],
  workflows: readonly Workflow[] = [],
): Promise<void> => {
  await createStateTable(db);
  for (const projection of projections) {
    const versions = (await readVersions(db, projection.name)).filter((version) => version.status !== 'retired');
    const active = versions.find((version) => version.status === 'active');
    if (!active) {
      await createVersion(db, projection, 'active');
      continue;
    }
    if (active.definitionVersion === projection.version) {
      await projection.createIndexes?.(db, tablePrefix(projection.name, active.version));
    }
    const current = versions.some((version) => version.definitionVersion === projection.version);
    if (!current) await createVersion(db, projection, 'building');
  }
  for (const workflow of workflows) {
    const versions = await readVersions(db, workflow.processManager.name);
    if (versions.length === 0)
      await createVersion(db, { ...workflow.processManager, version: 1, createTables: async () => {} }, 'active');
  }
};
