import type { ReadModelDb, ReadModelTransaction } from '../read-model-db.js';
import { tableName, tablePrefix, type Projection } from './projection.js';
import { createTable } from './tables.js';

export const STATE_TABLE = 'projection_state';

export type ProjectionStatus = 'active' | 'building' | 'retired';

/** One built version of a projection (or the checkpoint of a workflow). Position -1 = nothing applied yet. */
export type ProjectionStateRow = {
  name: string;
  version: number;
  /** The projection definition's version the tables were built with. */
  definition_version: number;
  position: string | number;
  status: ProjectionStatus;
  updated_at: string;
};

export type ProjectionVersion = {
  name: string;
  version: number;
  definitionVersion: number;
  position: bigint;
  status: ProjectionStatus;
  updatedAt: string;
};

const toVersion = (row: ProjectionStateRow): ProjectionVersion => ({
  name: row.name,
  version: Number(row.version),
  definitionVersion: Number(row.definition_version),
  position: BigInt(String(row.position)),
  status: row.status,
  updatedAt: row.updated_at,
});

export const createStateTable = (db: ReadModelDb): Promise<void> =>
  createTable(
    db,
    STATE_TABLE,
    {
      name: 'text not null',
      version: 'integer not null',
      definition_version: 'integer not null',
      position: 'bigint not null',
      status: 'text not null',
      updated_at: 'text not null',
    },
    ['name', 'version'],
  );

export const readVersions = async (
  db: ReadModelDb | ReadModelTransaction,
  name?: string,
): Promise<ProjectionVersion[]> => {
  let query = db.selectFrom(STATE_TABLE).selectAll();
  if (name) query = query.where('name', '=', name);
  const rows = (await query.orderBy('name').orderBy('version').execute()) as ProjectionStateRow[];
  return rows.map(toVersion);
};

/** The table prefix queries read from, or null before the projection was ever started. */
export const activePrefix = async (db: ReadModelDb, name: string): Promise<string | null> => {
  const row = await db
    .selectFrom(STATE_TABLE)
    .select('version')
    .where('name', '=', name)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return row ? tablePrefix(name, Number(row.version)) : null;
};

/** Creates a fresh version of the projection's tables; the first version of a name is active at once. */
export const createVersion = async (
  db: ReadModelDb,
  projection: Pick<Projection, 'name' | 'version' | 'createTables' | 'createIndexes'>,
  status: 'active' | 'building',
): Promise<ProjectionVersion> =>
  db.transaction().execute(async (trx) => {
    const latest = await trx
      .selectFrom(STATE_TABLE)
      .select((eb) => eb.fn.max('version').as('version'))
      .where('name', '=', projection.name)
      .executeTakeFirst();
    const version = Number(latest?.version ?? 0) + 1;
    const row: ProjectionStateRow = {
      name: projection.name,
      version,
      definition_version: projection.version,
      position: '-1',
      status,
      updated_at: new Date().toISOString(),
    };
    await trx.insertInto(STATE_TABLE).values(row).execute();
    await projection.createTables(trx, tablePrefix(projection.name, version));
    if (status === 'active') await projection.createIndexes?.(trx, tablePrefix(projection.name, version));
    return toVersion(row);
  });

/**
 * Compare-and-set of the checkpoint, run first in the batch's transaction: it takes the write lock,
 * and a second writer of the same version (another process, a stale loop) finds it moved and rolls back.
 */
export const advanceCheckpoint = async (
  trx: ReadModelTransaction | ReadModelDb,
  name: string,
  version: number,
  from: bigint,
  to: bigint,
): Promise<void> => {
  const result = await trx
    .updateTable(STATE_TABLE)
    .set({ position: to.toString(), updated_at: new Date().toISOString() })
    .where('name', '=', name)
    .where('version', '=', version)
    .where('position', '=', from.toString())
    .where('status', '!=', 'retired')
    .executeTakeFirst();
  if (result.numUpdatedRows !== 1n) throw new CheckpointMovedError(name, version);
};

export class CheckpointMovedError extends Error {
  constructor(
    readonly projection: string,
    readonly version: number,
  ) {
    super(`The checkpoint of ${projection} v${version} was moved or retired by another writer`);
    this.name = 'CheckpointMovedError';
  }
}

/** The building version takes over; the previous active one is retired and its tables dropped later. */
export const switchOver = async (db: ReadModelDb, name: string, version: number): Promise<void> => {
  await db.transaction().execute(async (trx) => {
    const now = new Date().toISOString();
    await trx
      .updateTable(STATE_TABLE)
      .set({ status: 'retired', updated_at: now })
      .where('name', '=', name)
      .where('status', '=', 'active')
      .where('version', '!=', version)
      .execute();
    await trx
      .updateTable(STATE_TABLE)
      .set({ status: 'active', updated_at: now })
      .where('name', '=', name)
      .where('version', '=', version)
      .execute();
  });
};

/** Drops the tables of retired versions older than `graceMs`, so queries in flight finish first. */
export const dropRetired = async (
  db: ReadModelDb,
  projections: readonly Pick<Projection, 'name' | 'tables'>[],
  graceMs: number,
): Promise<void> => {
  const cutoff = new Date(Date.now() - graceMs).toISOString();
  const retired = (await db
    .selectFrom(STATE_TABLE)
    .selectAll()
    .where('status', '=', 'retired')
    .where('updated_at', '<=', cutoff)
    .execute()) as ProjectionStateRow[];
  for (const row of retired) {
    const projection = projections.find((candidate) => candidate.name === row.name);
    if (!projection) continue;
    const prefix = tablePrefix(row.name, Number(row.version));
    for (const suffix of projection.tables) await db.schema.dropTable(tableName(prefix, suffix)).ifExists().execute();
    await db.deleteFrom(STATE_TABLE).where('name', '=', row.name).where('version', '=', Number(row.version)).execute();
  }
};
