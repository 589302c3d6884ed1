import type { ReadModelDb } from '../read-model-db.js';
import { tableName } from '../runtime/projection.js';
import { activePrefix } from '../runtime/projection-state.js';
import type { InspectionAssetRow } from './inspections.projection.js';

/** An aid whose inspection falls due: where it stands (in stock) or in which municipality its holder lives (on loan). */
export type InspectionDueItem = {
  assetId: string;
  unitNumber: string | null;
  articleNo: string;
  /** The warehouse location of an aid in stock; null for an aid on loan or on its way. */
  location: string | null;
  /** The municipality of the person holding an aid on loan; null for an aid in stock. */
  holderMunicipality: string | null;
  dueOn: string;
  overdue: boolean;
  outOfService: boolean;
};

export type InspectionsDueFilter = {
  /** Due before this day (exclusive). */
  before: string;
  /** Today: an aid due before it is overdue. */
  today: string;
  /** Only aids on loan to holders of this municipality. */
  municipality?: string;
};

/** An aid in stock stands at its location; an aid on loan, allocated or on its way is not at the warehouse. */
const IN_STOCK: ReadonlySet<string> = new Set(['ready', 'awaitingReconditioning']);

type DueRow = Pick<
  InspectionAssetRow,
  'asset_id' | 'unit_number' | 'article_no' | 'status' | 'location' | 'due_on' | 'out_of_service'
> & { municipality: string | null };

/** Aids in stock and on loan (not scrapped) whose inspection is due before the day, soonest first. */
export const findInspectionsDue = async (
  db: ReadModelDb,
  filter: InspectionsDueFilter,
): Promise<{ items: InspectionDueItem[] }> => {
  const prefix = await activePrefix(db, 'inspections');
  if (!prefix) return { items: [] };
  let query = db
    .selectFrom(`${tableName(prefix, 'assets')} as a`)
    .leftJoin(`${tableName(prefix, 'holders')} as h`, 'h.person_id', 'a.holder_id')
    .select([
      'a.asset_id',
      'a.unit_number',
      'a.article_no',
      'a.status',
      'a.location',
      'a.due_on',
      'a.out_of_service',
      'h.municipality',
    ])
    .where('a.due_on', '<', filter.before)
    .where('a.status', '!=', 'scrapped');
  if (filter.municipality) query = query.where('h.municipality', '=', filter.municipality);
  const rows = (await query.orderBy('a.due_on').orderBy('a.asset_id').execute()) as DueRow[];
  return {
    items: rows.map((row) => ({
      assetId: row.asset_id,
      unitNumber: row.unit_number,
      articleNo: row.article_no,
      location: IN_STOCK.has(row.status) ? row.location : null,
      holderMunicipality: row.status === 'onLoan' ? row.municipality : null,
      dueOn: row.due_on as string,
      overdue: (row.due_on as string) < filter.today,
      outOfService: Number(row.out_of_service) === 1,
    })),
  };
};

/** An aid on loan whose inspection is due: inspected at its holder's home, on a route. */
export type HomeInspectionItem = {
  assetId: string;
  unitNumber: string | null;
  articleNo: string;
  personId: string;
  municipality: string | null;
  dueOn: string;
  outOfService: boolean;
};

/**
 * The aids on loan whose inspection is due on or before the route's day: each stays on every route from its due
 * day on until it is inspected (like an open pickup), by municipality and due day.
 */
export const findHomeInspectionsDue = async (db: ReadModelDb, day: string): Promise<HomeInspectionItem[]> => {
  const prefix = await activePrefix(db, 'inspections');
  if (!prefix) return [];
  const rows = (await db
    .selectFrom(`${tableName(prefix, 'assets')} as a`)
    .leftJoin(`${tableName(prefix, 'holders')} as h`, 'h.person_id', 'a.holder_id')
    .select(['a.asset_id', 'a.unit_number', 'a.article_no', 'a.holder_id', 'a.due_on', 'a.out_of_service'])
    .select('h.municipality')
    .where('a.due_on', '<=', day)
    .where('a.status', '=', 'onLoan')
    .orderBy('a.due_on')
    .orderBy('a.asset_id')
    .execute()) as (DueRow & { holder_id: string })[];
  return rows.map((row) => ({
    assetId: row.asset_id,
    unitNumber: row.unit_number,
    articleNo: row.article_no,
    personId: row.holder_id,
    municipality: row.municipality,
    dueOn: row.due_on as string,
    outOfService: Number(row.out_of_service) === 1,
  }));
};

/** An aid older than its article's expected lifetime (MDR), still in use or in stock. */
export type PastLifetimeItem = {
  assetId: string;
  unitNumber: string | null;
  articleNo: string;
  receivedOn: string;
  lifetimeEndedOn: string;
  status: InspectionAssetRow['status'];
  location: string | null;
  holderMunicipality: string | null;
};

/** Aids not scrapped whose expected lifetime ended before `today`, the oldest first. */
export const findPastLifetime = async (db: ReadModelDb, today: string): Promise<{ items: PastLifetimeItem[] }> => {
  const prefix = await activePrefix(db, 'inspections');
  if (!prefix) return { items: [] };
  const rows = (await db
    .selectFrom(`${tableName(prefix, 'assets')} as a`)
    .leftJoin(`${tableName(prefix, 'holders')} as h`, 'h.person_id', 'a.holder_id')
    .select(['a.asset_id', 'a.unit_number', 'a.article_no', 'a.received_on', 'a.lifetime_ends_on', 'a.status'])
    .select(['a.location', 'h.municipality'])
    .where('a.lifetime_ends_on', '<', today)
    .where('a.status', '!=', 'scrapped')
    .orderBy('a.lifetime_ends_on')
    .orderBy('a.asset_id')
    .execute()) as (InspectionAssetRow & { municipality: string | null })[];
  return {
    items: rows.map((row) => ({
      assetId: row.asset_id,
      unitNumber: row.unit_number,
      articleNo: row.article_no,
      receivedOn: row.received_on,
      lifetimeEndedOn: row.lifetime_ends_on as string,
      status: row.status,
      location: IN_STOCK.has(row.status) ? row.location : null,
      holderMunicipality: row.status === 'onLoan' ? row.municipality : null,
    })),
  };
};
