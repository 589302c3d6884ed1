import type { EventStore } from '@aidledger/event-store';
import type { ReadModelDb } from '../read-model-db.js';
import type { Projection } from './projection.js';
import { readVersions, type ProjectionVersion } from './projection-state.js';

export type CheckpointLag = ProjectionVersion & {
  headPosition: bigint;
  /** Positions between the checkpoint and the head; 0 when no event the projection handles is waiting. */
  behindPositions: number;
  /** How long the oldest event waiting for this version has been committed. */
  behindMs: number;
};

/**
 * Each stored projection version's lag, read from its checkpoint in the read-model database: what any process
 * sees of the projector that writes there, wherever it runs (`projections status`, an API's /metrics).
 */
export const checkpointLags = async ({
  store,
  db,
  projections,
  now = Date.now(),
}: {
  store: EventStore;
  db: ReadModelDb;
  projections: readonly Pick<Projection, 'name' | 'handles'>[];
  now?: number;
}): Promise<CheckpointLag[]> => {
  const head = await store.headPosition();
  const versions = await readVersions(db);
  return Promise.all(
    versions.map(async (version) => {
      const handles = projections.find((projection) => projection.name === version.name)?.handles;
      // A checkpoint moves only on events its projection handles: behind means a handled event is waiting.
      const [waiting] =
        version.position >= head
          ? []
          : await store.readAll({
              after: version.position < 0n ? undefined : version.position,
              maxCount: 1,
              filter: handles ? { eventTypes: [...handles] } : undefined,
            });
      return {
        ...version,
        headPosition: head,
        behindPositions: waiting ? Number(head - version.position) : 0,
        behindMs: waiting ? Math.max(0, now - Date.parse(waiting.recordedAt)) : 0,
      };
    }),
  );
};
