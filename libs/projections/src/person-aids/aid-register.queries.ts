import { sql } from 'kysely';
import type { ReadModelDb } from '../read-model-db.js';
import { tableName } from '../runtime/projection.js';
import { activePrefix } from '../runtime/projection-state.js';

/** One aid out now: the register of aids and who has them (the person by pseudonymous id). */
export type AidRegisterEntry = {
  assetId: string;
  /** What is printed on the aid's label; null for an aid not yet given one. */
  unitNumber: string | null;
  serialNumber: string | null;
  articleNo: string;
  personId: string;
  since: string;
  orderId: string;
  /** The order's delivery municipality. */
  municipality: string | null;
};

export type AidRegisterPage = { items: AidRegisterEntry[]; nextCursor?: string };

type Cursor = { personId: string; assetId: string };

const encode = (cursor: Cursor): string => Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');

const decode = (cursor: string): Cursor | null => {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<Cursor>;
    return typeof value.personId === 'string' && typeof value.assetId === 'string'
      ? { personId: value.personId, assetId: value.assetId }
      : null;
  } catch {
    return null;
  }
};

type RegisterRow = {
  asset_id: string;
  unit_number: string | null;
  serial_number: string | null;
  article_no: string;
  person_id: string;
  since: string;
  order_id: string;
  municipality: string | null;
};

/**
 * Every aid out now, ordered by person and aid, a page at a time (keyset on both), so the whole register is
 * read without holding it in memory or the read-model connection between pages.
 */
export const findAidRegisterPage = async (
  db: ReadModelDb,
  { cursor, limit = 1000 }: { cursor?: string; limit?: number } = {},
): Promise<AidRegisterPage> => {
  const [holdingsPrefix, assetsPrefix, ordersPrefix] = await Promise.all([
    activePrefix(db, 'person-aids'),
    activePrefix(db, 'asset-index'),
    activePrefix(db, 'order-board'),
  ]);
  if (!holdingsPrefix) return { items: [] };
  const after = cursor ? decode(cursor) : null;
  let query = db
    .selectFrom(`${tableName(holdingsPrefix, 'holdings')} as h`)
    .select(['h.asset_id', 'h.article_no', 'h.person_id', 'h.since', 'h.order_id'])
    .where('h.until', 'is', null);
  query = assetsPrefix
    ? query
        .leftJoin(`${tableName(assetsPrefix, 'assets')} as a`, 'a.asset_id', 'h.asset_id')
        .select(['a.unit_number', 'a.serial_number'])
    : query.select([sql<null>`null`.as('unit_number'), sql<null>`null`.as('serial_number')]);
  query = ordersPrefix
    ? query.leftJoin(`${tableName(ordersPrefix, 'orders')} as o`, 'o.order_id', 'h.order_id').select('o.municipality')
    : query.select(sql<null>`null`.as('municipality'));
  // The range on person_id alone lets the index on (person_id, since) start at the cursor instead of scanning.
  if (after)
    query = query
      .where('h.person_id', '>=', after.personId)
      .where((eb) => eb.or([eb('h.person_id', '>', after.personId), eb('h.asset_id', '>', after.assetId)]));
  const rows = (await query
    .orderBy('h.person_id')
    .orderBy('h.asset_id')
    .limit(limit + 1)
    .execute()) as RegisterRow[];
  const page = rows.slice(0, limit);
  const items = page.map((row) => ({
    assetId: row.asset_id,
    unitNumber: row.unit_number ?? null,
    serialNumber: row.serial_number ?? null,
    articleNo: row.article_no,
    personId: row.person_id,
    since: row.since,
    orderId: row.order_id,
    municipality: row.municipality ?? null,
  }));
  const last = page.at(-1);
  return rows.length > limit && last
    ? { items, nextCursor: encode({ personId: last.person_id, assetId: last.asset_id }) }
    : { items };
};
