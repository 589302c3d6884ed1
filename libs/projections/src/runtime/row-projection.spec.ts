import type { AidReconditioned, AidRepairReported, AidScrapped, AssetRegistered } from '@aidledger/domain';
import { sql } from 'kysely';
import { eventLog } from '../testing/events.js';
import { projectionSpec } from '../testing/projection-spec.js';
import { tableName } from './projection.js';
import { rowProjection, rowTable } from './row-projection.js';

/** Counts an aid's moves between warehouses: applying a move twice would count it twice. */
type MovesRow = { asset_id: string; location: string; moves: number };
type MoveEvent = AssetRegistered | AidReconditioned | AidRepairReported | AidScrapped;

const evolveMoves = (row: MovesRow | null, event: MoveEvent): MovesRow | null => {
  if (event.type === 'AssetRegistered')
    return row ?? { asset_id: event.data.assetId, location: event.data.location, moves: 0 };
  if (!row) return null;
  switch (event.type) {
    case 'AidReconditioned':
      return row.location === event.data.location
        ? row
        : { ...row, location: event.data.location, moves: row.moves + 1 };
    case 'AidScrapped':
      return { ...row, location: 'SCRAP', moves: row.moves + 1 };
    default:
      return row;
  }
};

const moves = {
  table: 'moves',
  key: 'asset_id',
  columns: { asset_id: 'text primary key', location: 'text not null', moves: 'integer not null' },
  handles: ['AssetRegistered', 'AidReconditioned', 'AidRepairReported'],
  keyOf: (event: MoveEvent) => event.data.assetId,
  evolve: evolveMoves,
} as const;
const movesProjection = rowProjection({ name: 'moves', version: 1, ...moves });
const spec = projectionSpec(movesProjection);

const e = eventLog();
const registered = (assetId: string) =>
  e('AssetRegistered', {
    assetId,
    articleNo: 'A-1',
    serialNumber: `S-${assetId}`,
    location: 'VÄS',
    receivedOn: '2025-01-02',
  });
const reconditioned = (assetId: string, location: string) =>
  e('AidReconditioned', { assetId, reconditionedOn: '2025-02-01', location });

describe('row projection', () => {
  it('creates its table from the columns, the key as primary key and the position last', async () => {
    const db = await spec.open();
    const { rows } = await sql<{
      sql: string;
    }>`select sql from sqlite_master where name = ${tableName(spec.prefix, 'moves')}`.execute(db);
    expect(rows[0].sql).toBe(
      'CREATE TABLE "moves_v1_moves" ("asset_id" text primary key, "location" text not null, "moves" integer not null, "position" bigint not null)',
    );
    await db.destroy();
  });

  it('folds the events of each key into its row, in one batch or one by one, and twice over', async () => {
    const events = [
      registered('a1'),
      registered('a2'),
      reconditioned('a1', 'SALA'),
      reconditioned('a1', 'VÄS'),
      reconditioned('a2', 'KÖP'),
    ];
    await spec.given(...events).then('moves', [
      { asset_id: 'a1', location: 'VÄS', moves: 2, position: Number(events[3].position) },
      { asset_id: 'a2', location: 'KÖP', moves: 1, position: Number(events[4].position) },
    ]);
  });

  it('an event at or below a row position changes nothing', async () => {
    const events = [registered('a1'), reconditioned('a1', 'SALA'), reconditioned('a1', 'VÄS')];
    const db = await spec.open();
    await spec.apply(db, events);
    await spec.apply(db, events.slice(1, 2));
    await spec.apply(db, events, 1);
    expect(await spec.rows(db, 'moves')).toEqual([
      { asset_id: 'a1', location: 'VÄS', moves: 2, position: Number(events[2].position) },
    ]);
    await db.destroy();
  });

  it('the same row or null back writes nothing: a row keeps the position of the last event that changed it', async () => {
    const first = registered('a1');
    await spec
      .given(
        first,
        reconditioned('a1', 'VÄS'),
        e('AidRepairReported', { assetId: 'a1', repairId: 'r1', reportedOn: '2025-02-02', description: 'brake' }),
        reconditioned('a9', 'SALA'),
      )
      .then('moves', [{ asset_id: 'a1', moves: 0, position: Number(first.position) }]);
  });

  it('events of a type it does not handle never reach evolve', async () => {
    await spec
      .given(registered('a1'), e('AidScrapped', { assetId: 'a1', scrappedOn: '2025-03-01', reason: 'worn out' }))
      .then('moves', [{ asset_id: 'a1', location: 'VÄS', moves: 0 }]);
  });

  it('a row table tells each change with the row before and after, in log order', async () => {
    const table = rowTable(moves);
    const db = await spec.open();
    const events = [registered('a1'), reconditioned('a1', 'VÄS'), reconditioned('a1', 'SALA')];
    const changes: unknown[] = [];
    await db
      .transaction()
      .execute((trx) =>
        table.apply(trx, spec.prefix, events, (before, after, position) => changes.push({ before, after, position })),
      );
    expect(changes).toEqual([
      {
        before: null,
        after: { asset_id: 'a1', location: 'VÄS', moves: 0, position: Number(events[0].position) },
        position: Number(events[0].position),
      },
      {
        before: { asset_id: 'a1', location: 'VÄS', moves: 0, position: Number(events[0].position) },
        after: { asset_id: 'a1', location: 'SALA', moves: 1, position: Number(events[2].position) },
        position: Number(events[2].position),
      },
    ]);
    await db.destroy();
  });
});
