import type { EventStore } from '@aidledger/event-store';
import type { ReadModelDb } from '../read-model-db.js';
import type { Projection } from './projection.js';
import { createStateTable, createVersion, readVersions } from './projection-state.js';
import { ProjectionWorker, silentLogger } from './projection-worker.js';

export type RebuildProgress = {
  name: string;
  version: number;
  position: bigint;
  headPosition: bigint;
  appliedEvents: number;
  eventsPerSecond: number;
  percent: number;
  etaSeconds: number | null;
};

export type RebuildOptions = {
  store: EventStore;
  db: ReadModelDb;
  projection: Projection;
  batchSize?: number;
  onProgress?: (progress: RebuildProgress) => void;
  /** Aborting stops after the batch in flight; the next rebuild resumes from its checkpoint. */
  signal?: AbortSignal;
};

export type RebuildResult = { version: number; switched: boolean; appliedEvents: number; seconds: number };

/**
 * Builds a fresh version of the projection from position 0 (or resumes the one being built)
 * while the active version keeps serving, and switches over once caught up.
 */
export const rebuildProjection = async (options: RebuildOptions): Promise<RebuildResult> => {
  const { store, db, projection } = options;
  await createStateTable(db);
  const building = (await readVersions(db, projection.name)).find(
    (version) => version.status === 'building' && version.definitionVersion === projection.version,
  );
  const target =
    building ??
    (await createVersion(
      db,
      projection,
      (await readVersions(db, projection.name)).some((v) => v.status === 'active') ? 'building' : 'active',
    ));
  const worker = new ProjectionWorker(
    {
      store,
      db,
      logger: silentLogger,
      catchUpBatchSize: options.batchSize ?? 10000,
      liveBatchSize: 1000,
      retryDelayMs: 100,
    },
    { kind: 'projection', projection, version: target.version },
  );
  const abort = () => void worker.stop();
  options.signal?.addEventListener('abort', abort, { once: true });
  const started = Date.now();
  let startPosition: bigint | null = null;
  const report = async () => {
    if (!options.onProgress) return;
    const head = await store.headPosition();
    startPosition ??= target.position;
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    const done = worker.position - startPosition;
    const positionsPerSecond = Number(done) / seconds;
    const remaining = Number(head - worker.position);
    options.onProgress({
      name: projection.name,
      version: target.version,
      position: worker.position,
      headPosition: head,
      appliedEvents: worker.appliedEvents,
      eventsPerSecond: worker.appliedEvents / seconds,
      percent: head <= 0n ? 100 : Math.min(100, (Number(worker.position + 1n) / Number(head + 1n)) * 100),
      etaSeconds: positionsPerSecond > 0 ? remaining / positionsPerSecond : null,
    });
  };
  let lastReport = 0;
  try {
    const switched = await worker.buildAndSwitch(() => {
      if (Date.now() - lastReport < 250) return;
      lastReport = Date.now();
      void report();
    });
    await report();
    return {
      version: target.version,
      switched,
      appliedEvents: worker.appliedEvents,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    options.signal?.removeEventListener('abort', abort);
  }
};
