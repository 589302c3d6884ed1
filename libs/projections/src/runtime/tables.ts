import type { CreateTableBuilder } from 'kysely';
import type { ReadModelDb, ReadModelTransaction } from '../read-model-db.js';

type ColumnType = 'text' | 'integer' | 'bigint';

/** A column as SQL writes it: `text` may be null, `text not null`, `text primary key`. */
export type Column = ColumnType | `${ColumnType} not null` | `${ColumnType} primary key`;

/** A table's columns in their order. */
export type Columns = Readonly<Record<string, Column>>;

/** Indexes by name: `{ status: ['status', 'asset_id'] }` is the index `<table>_status` on those columns. */
export type Indexes = Readonly<Record<string, readonly string[]>>;

/** Creates the table unless it exists; `primaryKey` names the columns of a composite key. */
export const createTable = async (
  db: ReadModelDb | ReadModelTransaction,
  table: string,
  columns: Columns,
  primaryKey?: readonly string[],
): Promise<void> => {
  let create: CreateTableBuilder<string, string> = db.schema.createTable(table).ifNotExists();
  for (const [name, column] of Object.entries(columns)) {
    const type = column.split(' ')[0] as ColumnType;
    create = create.addColumn(name, type, (definition) =>
      column.endsWith(' primary key')
        ? definition.primaryKey()
        : column.endsWith(' not null')
          ? definition.notNull()
          : definition,
    );
  }
  if (primaryKey) create = create.addPrimaryKeyConstraint(`${table}_pk`, [...primaryKey]);
  await create.execute();
};

export const createIndexes = async (
  db: ReadModelDb | ReadModelTransaction,
  table: string,
  indexes: Indexes,
): Promise<void> => {
  for (const [name, columns] of Object.entries(indexes))
    await db.schema
      .createIndex(`${table}_${name}`)
      .ifNotExists()
      .on(table)
      .columns([...columns])
      .execute();
};
