import type { RecordedEvent } from '@aidledger/event-store';
import type { ReadModelDb, ReadModelTransaction } from '../read-model-db.js';
import { tableName, type Projection } from './projection.js';
import { loadRowsByKey, toNumber, upsertRows, type Row } from './rows.js';
import { createIndexes, createTable, type Column, type Indexes } from './tables.js';

/** A domain event as the log holds it: `{ type, data }`. */
export type DomainEvent = { type: string; data: object };

/** What the store recorded beside the event, for rows that keep it: when, and where in which stream. */
export type Recorded = Pick<RecordedEvent, 'id' | 'streamId' | 'revision' | 'recordedAt'>;

/**
 * The pure part of a row projection: null in = no row yet for the event's key; the same row or null back = no
 * change. `position` is not the evolve's concern: the helper stamps it on every row that changed. A new row is
 * best written in its table's column order: rows of one shape keep a batch's writes fast (another order cost
 * the asset index a fifth of its time).
 */
export type RowEvolve<R extends Row, E extends DomainEvent> = (row: R | null, event: E, recorded: Recorded) => R | null;

/** A row as stored: with the position of the last event that changed it. */
type StoredRow<R extends Row> = R & { position: number };

/** Told of each event's change to a row, in log order. */
export type OnRowChange<R extends Row> = (before: R | null, after: R, position: number) => void;

export type RowTableOptions<R extends Row, E extends DomainEvent, K extends keyof R & string> = {
  /** Table suffix; the physical name is `<prefix>_<table>`. */
  table: string;
  key: K;
  /** Every field of the row in table order, the key as its primary key; `position bigint not null` is added last. */
  columns: NoInfer<{ readonly [C in keyof R]-?: C extends K ? Extract<Column, `${string} primary key`> : Column }>;
  /** The event types that can change a row; events of other types never reach `evolve`. */
  handles: NoInfer<readonly E['type'][]>;
  keyOf: NoInfer<(event: E & Recorded) => string>;
  evolve: RowEvolve<R, E>;
  /** Indexes only queries need: created once a rebuild has caught up. */
  indexes?: Indexes;
};

export type RowTable<R extends Row> = {
  handles: readonly string[];
  createTable(db: ReadModelDb | ReadModelTransaction, prefix: string): Promise<void>;
  createIndexes(db: ReadModelDb | ReadModelTransaction, prefix: string): Promise<void>;
  /** Applies a batch to the table, writing each changed row once. */
  apply(
    trx: ReadModelTransaction,
    prefix: string,
    events: readonly RecordedEvent[],
    onChange?: OnRowChange<R>,
  ): Promise<void>;
};

/** One table of rows keyed by one id and folded by a pure `evolve`, for projections that own more than rows. */
export const rowTable = <R extends Row, E extends DomainEvent, K extends keyof R & string>(
  options: RowTableOptions<R, E, K>,
): RowTable<R> => {
  const { key, keyOf, evolve } = options;
  const handled = new Set<string>(options.handles);
  const columns = { ...options.columns, position: 'bigint not null' as const };
  return {
    handles: options.handles,
    createTable: (db, prefix) => createTable(db, tableName(prefix, options.table), columns),
    createIndexes: (db, prefix) => createIndexes(db, tableName(prefix, options.table), options.indexes ?? {}),
    async apply(trx, prefix, recorded, onChange) {
      const table = tableName(prefix, options.table);
      // Once its type is known, a recorded event is that domain event with more fields.
      const events = recorded.filter((event) => handled.has(event.type)) as unknown as readonly (E & RecordedEvent)[];
      const rows = await loadRowsByKey<StoredRow<R>>(trx, table, key, events.map(keyOf));
      const changed = new Map<string, StoredRow<R>>();
      for (const event of events) {
        const id = keyOf(event);
        const position = Number(event.position);
        const before = rows.get(id) ?? null;
        if (before && toNumber(before.position) >= position) continue;
        const evolved = evolve(before, event, event);
        if (evolved === null || evolved === before) continue;
        const after: StoredRow<R> = { ...evolved, position };
        rows.set(id, after);
        changed.set(id, after);
        onChange?.(before, after, position);
      }
      await upsertRows(trx, table, [key], [...changed.values()]);
    },
  };
};

export type RowProjectionOptions<R extends Row, E extends DomainEvent, K extends keyof R & string> = RowTableOptions<
  R,
  E,
  K
> & { name: string; version: number };

/**
 * A projection of one row per key (an aid, an order, an article), in the manner of Emmett's single-stream
 * projections: the helper loads a batch's rows, skips events at or below a row's position (so applying an
 * event twice changes nothing), folds the rest with `evolve` and writes each changed row once.
 */
export const rowProjection = <R extends Row, E extends DomainEvent, K extends keyof R & string>(
  options: RowProjectionOptions<R, E, K>,
): Projection => {
  const rows = rowTable(options);
  return {
    name: options.name,
    version: options.version,
    handles: options.handles,
    tables: [options.table],
    createTables: rows.createTable,
    createIndexes: rows.createIndexes,
    applyBatch: (trx, prefix, events) => rows.apply(trx, prefix, events),
  };
};
