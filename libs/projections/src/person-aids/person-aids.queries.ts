import type { ReadModelDb } from '../read-model-db.js';
import { tableName } from '../runtime/projection.js';
import { activePrefix } from '../runtime/projection-state.js';
import type { HoldingRow } from './person-aids.projection.js';

export type PersonAids = {
  personId: string;
  current: { assetId: string; articleNo: string; since: string; orderId: string }[];
  past: { assetId: string; articleNo: string; from: string; to: string }[];
};

/** The aids a person holds now and every aid they held; null for a person the register does not know. */
export const findPersonAids = async (db: ReadModelDb, personId: string): Promise<PersonAids | null> => {
  const prefix = await activePrefix(db, 'person-aids');
  if (!prefix) return null;
  const person = await db
    .selectFrom(tableName(prefix, 'persons'))
    .select('person_id')
    .where('person_id', '=', personId)
    .executeTakeFirst();
  const holdings = (await db
    .selectFrom(tableName(prefix, 'holdings'))
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('since')
    .orderBy('position')
    .execute()) as HoldingRow[];
  if (!person && holdings.length === 0) return null;
  return {
    personId,
    current: holdings
      .filter((row) => row.until === null)
      .map((row) => ({ assetId: row.asset_id, articleNo: row.article_no, since: row.since, orderId: row.order_id })),
    past: holdings
      .filter((row): row is HoldingRow & { until: string } => row.until !== null)
      .map((row) => ({ assetId: row.asset_id, articleNo: row.article_no, from: row.since, to: row.until })),
  };
};
