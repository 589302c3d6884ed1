import { chunk, MAX_PARAMETERS, type ReadModelTransaction } from '../read-model-db.js';

export type RowValue = string | number | null;
export type Row = Record<string, RowValue>;

/** Loads the rows whose key column is one of `keys`, keyed by that column. */
export const loadRowsByKey = async <T extends Row>(
  trx: ReadModelTransaction,
  table: string,
  keyColumn: string,
  keys: Iterable<string>,
): Promise<Map<string, T>> => {
  const rows = new Map<string, T>();
  for (const part of chunk([...new Set(keys)], MAX_PARAMETERS)) {
    if (part.length === 0) continue;
    const found = await trx.selectFrom(table).selectAll().where(keyColumn, 'in', part).execute();
    for (const row of found as T[]) rows.set(String(row[keyColumn]), row);
  }
  return rows;
};

/** Writes rows back once per batch: insert, or replace every non-key column on a key conflict. */
export const upsertRows = async <T extends Row>(
  trx: ReadModelTransaction,
  table: string,
  keyColumns: readonly string[],
  rows: readonly T[],
): Promise<void> => {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const updated = columns.filter((column) => !keyColumns.includes(column));
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (const part of chunk([...rows], perStatement)) {
    await trx
      .insertInto(table)
      .values(part)
      .onConflict((conflict) =>
        updated.length === 0
          ? conflict.columns([...keyColumns]).doNothing()
          : conflict
              .columns([...keyColumns])
              .doUpdateSet((eb) => Object.fromEntries(updated.map((column) => [column, eb.ref(`excluded.${column}`)]))),
      )
      .execute();
  }
};

/** Positions come back as numbers from SQLite and as strings from PostgreSQL's bigint. */
export const toNumber = (value: unknown): number => (typeof value === 'number' ? value : Number(value));
