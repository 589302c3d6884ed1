import type { PayerRegistered } from '@aidledger/domain';
import type { ReadModelDb } from '../read-model-db.js';
import { tableName } from '../runtime/projection.js';
import { activePrefix } from '../runtime/projection-state.js';
import { rowProjection } from '../runtime/row-projection.js';

export type PayerRow = { payer_id: string; name: string; kind: string; municipality: string | null };

/** A payer is registered once and never changes. */
export const evolvePayerRow = (row: PayerRow | null, { data }: PayerRegistered): PayerRow =>
  row ?? { payer_id: data.payerId, name: data.name, kind: data.kind, municipality: data.municipality };

/** The payers, for pick lists and the import's check of a loan's payer. */
export const payersProjection = rowProjection({
  name: 'payers',
  version: 1,
  table: 'payers',
  key: 'payer_id',
  columns: {
    payer_id: 'text primary key',
    name: 'text not null',
    kind: 'text not null',
    municipality: 'text',
  },
  handles: ['PayerRegistered'],
  keyOf: (event) => event.data.payerId,
  evolve: evolvePayerRow,
});

export type PayerItem = {
  payerId: string;
  name: string;
  kind: 'municipality' | 'region';
  municipality: string | null;
};

export const findPayers = async (db: ReadModelDb): Promise<{ items: PayerItem[] }> => {
  const prefix = await activePrefix(db, 'payers');
  if (!prefix) return { items: [] };
  const rows = (await db
    .selectFrom(tableName(prefix, 'payers'))
    .selectAll()
    .orderBy('payer_id')
    .execute()) as PayerRow[];
  return {
    items: rows.map((row) => ({
      payerId: row.payer_id,
      name: row.name,
      kind: row.kind as PayerItem['kind'],
      municipality: row.municipality,
    })),
  };
};
