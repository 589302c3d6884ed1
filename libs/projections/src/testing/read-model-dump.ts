import type { EventStore } from '@aidledger/event-store';
import { allProjections } from '../projections.js';
import type { ReadModelDb } from '../read-model-db.js';
import { tableName, tablePrefix } from '../runtime/projection.js';
import { readVersions } from '../runtime/projection-state.js';
import { ProjectorRuntime } from '../runtime/projector-runtime.js';

/** Every row of every active read-model table, in a stable order: two dumps are equal when the read models are. */
export const dumpReadModels = async (db: ReadModelDb): Promise<Record<string, string[]>> => {
  const versions = await readVersions(db);
  const dump: Record<string, string[]> = {};
  for (const projection of allProjections) {
    const active = versions.find((version) => version.name === projection.name && version.status === 'active');
    if (!active) throw new Error(`${projection.name} has no active version`);
    for (const suffix of projection.tables) {
      const rows = await db
        .selectFrom(tableName(tablePrefix(projection.name, active.version), suffix))
        .selectAll()
        .execute();
      dump[`${projection.name}.${suffix}`] = rows.map((row) => JSON.stringify(row)).sort();
    }
  }
  return dump;
};

/** Projects the whole store into `db` (a fresh database: a clean rebuild) and stops. */
export const projectAll = async (store: EventStore, db: ReadModelDb, timeoutMs = 60_000): Promise<void> => {
  const runtime = new ProjectorRuntime({ store, db, projections: allProjections });
  await runtime.start();
  try {
    await runtime.waitUntilCaughtUp(timeoutMs);
  } finally {
    await runtime.stop();
  }
};

/** Where two dumps differ: each table whose rows differ, with how many rows are only on one side. */
export const readModelDifferences = (live: Record<string, string[]>, rebuilt: Record<string, string[]>): string[] => {
  const problems: string[] = [];
  for (const table of new Set([...Object.keys(live), ...Object.keys(rebuilt)])) {
    const liveRows = new Set(live[table] ?? []);
    const rebuiltRows = new Set(rebuilt[table] ?? []);
    const onlyLive = [...liveRows].filter((row) => !rebuiltRows.has(row));
    const onlyRebuilt = [...rebuiltRows].filter((row) => !liveRows.has(row));
    if (onlyLive.length > 0 || onlyRebuilt.length > 0 || liveRows.size !== (live[table] ?? []).length)
      problems.push(
        `${table}: ${onlyLive.length} rows only in the live read models, ${onlyRebuilt.length} only in the rebuild` +
          (onlyLive[0] ? `; e.g. live ${onlyLive[0]}` : '') +
          (onlyRebuilt[0] ? `; e.g. rebuilt ${onlyRebuilt[0]}` : ''),
      );
  }
  return problems;
};
