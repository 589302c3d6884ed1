import type { RecordedEvent } from '@aidledger/event-store';
import { openReadModelDb, type ReadModelDb } from '../read-model-db.js';
import { tableName, tablePrefix, type Projection } from '../runtime/projection.js';
import type { DomainEvent, Recorded, RowEvolve } from '../runtime/row-projection.js';
import type { Row } from '../runtime/rows.js';

/** `given(events).then(rows)` for a projection, on an in-memory SQLite database. */
export const projectionSpec = (projection: Projection) => {
  const prefix = tablePrefix(projection.name, 1);
  const open = async (): Promise<ReadModelDb> => {
    const db = openReadModelDb({ dataDir: '', sqliteFile: ':memory:' });
    await projection.createTables(db, prefix);
    return db;
  };
  const apply = async (db: ReadModelDb, events: readonly RecordedEvent[], batchSize = events.length) => {
    for (let start = 0; start < events.length; start += Math.max(batchSize, 1)) {
      const batch = events.slice(start, start + Math.max(batchSize, 1));
      await db.transaction().execute((trx) => projection.applyBatch(trx, prefix, batch));
    }
  };
  const rows = async (db: ReadModelDb, suffix: string) => {
    const found = await db.selectFrom(tableName(prefix, suffix)).selectAll().execute();
    return found.map((row) => ({ ...row })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  };
  return {
    prefix,
    open,
    apply,
    rows,
    given: (...events: RecordedEvent[]) => ({
      /** Applies the events in one batch, event by event, and twice over: all must give the same rows. */
      then: async (suffix: string, expected: Record<string, unknown>[]) => {
        const inOneBatch = await open();
        await apply(inOneBatch, events);
        const oneByOne = await open();
        await apply(oneByOne, events, 1);
        await apply(oneByOne, events, 1);
        const actual = await rows(inOneBatch, suffix);
        expect(actual).toEqual(expect.arrayContaining(expected.map((row) => expect.objectContaining(row))));
        expect(actual).toHaveLength(expected.length);
        expect(await rows(oneByOne, suffix)).toEqual(actual);
        await inOneBatch.destroy();
        await oneByOne.destroy();
        return actual;
      },
    }),
  };
};

/**
 * `given(events).then(row)` for a row projection's pure evolve, without SQL: folds the events from no row as the
 * helper does, where null back keeps the row.
 */
export const evolveSpec = <R extends Row, E extends DomainEvent>(evolve: RowEvolve<R, E>) => ({
  given: (...events: (E & Recorded)[]) => {
    const row = events.reduce<R | null>((current, event) => evolve(current, event, event) ?? current, null);
    return {
      row,
      then: (expected: R | null): void => expect(row).toEqual(expected),
    };
  },
});
