import { sql } from 'kysely';
import type { ReadModelDb } from '../read-model-db.js';
import { tableName } from '../runtime/projection.js';
import { activePrefix } from '../runtime/projection-state.js';
import type { AssetIndexRow, AssetStatus } from './asset-index.projection.js';

export type AssetIndexItem = {
  assetId: string;
  articleNo: string;
  serialNumber: string;
  /** Absent for an aid received before unit numbers existed, until one is assigned. */
  unitNumber?: string;
  status: AssetStatus;
  personId?: string;
  location?: string;
  lastEventAt: string;
  /** Null when unknown (and for aids received before lots were recorded). */
  lot: string | null;
  udiDi: string | null;
};

export type AssetIndexPage = { items: AssetIndexItem[]; nextCursor?: string };

export type AssetIndexFilter = {
  status?: AssetStatus;
  articleNo?: string;
  lot?: string;
  /** Prefix of the asset id, the serial number or the unit number. */
  q?: string;
  cursor?: string;
  limit?: number;
};

export const encodeCursor = (assetId: string): string => Buffer.from(assetId, 'utf8').toString('base64url');
export const decodeCursor = (cursor: string): string => Buffer.from(cursor, 'base64url').toString('utf8');

const likePrefix = (text: string): string => `${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

/** Keyset pagination on the asset id, so a page costs the same deep in the list as at its start. */
export const findAssets = async (db: ReadModelDb, filter: AssetIndexFilter = {}): Promise<AssetIndexPage> => {
  const prefix = await activePrefix(db, 'asset-index');
  if (!prefix) return { items: [] };
  const limit = Math.min(Math.max(filter.limit ?? 50, 1), 500);
  let query = db.selectFrom(tableName(prefix, 'assets')).selectAll();
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.articleNo) query = query.where('article_no', '=', filter.articleNo);
  if (filter.lot) query = query.where('lot', '=', filter.lot);
  if (filter.q) {
    const pattern = likePrefix(filter.q);
    query = query.where(
      (eb) =>
        sql<boolean>`(${eb.ref('asset_id')} like ${pattern} escape '\\' or ${eb.ref('serial_number')} like ${pattern} escape '\\' or ${eb.ref('unit_number')} like ${pattern} escape '\\')`,
    );
  }
  if (filter.cursor) query = query.where('asset_id', '>', decodeCursor(filter.cursor));
  const rows = (await query
    .orderBy('asset_id')
    .limit(limit + 1)
    .execute()) as AssetIndexRow[];
  const page = rows.slice(0, limit);
  const items = page.map((row) => ({
    assetId: row.asset_id,
    articleNo: row.article_no,
    serialNumber: row.serial_number,
    ...(row.unit_number ? { unitNumber: row.unit_number } : {}),
    status: row.status,
    ...(row.person_id ? { personId: row.person_id } : {}),
    location: row.location,
    lastEventAt: row.last_event_at,
    lot: row.lot,
    udiDi: row.udi_di,
  }));
  return rows.length > limit ? { items, nextCursor: encodeCursor(page[page.length - 1].asset_id) } : { items };
};

/** The aids whose serial number is exactly this one (serial numbers are the makers': two may share one). */
export const findAssetIdsBySerialNumber = async (
  db: ReadModelDb,
  serialNumber: string,
  limit = 2,
): Promise<string[]> => {
  const prefix = await activePrefix(db, 'asset-index');
  if (!prefix) return [];
  const rows = await db
    .selectFrom(tableName(prefix, 'assets'))
    .select('asset_id')
    .where('serial_number', '=', serialNumber)
    .orderBy('asset_id')
    .limit(limit)
    .execute();
  return rows.map((row) => String(row.asset_id));
};

/** Which aids a recall or a holders query selects: one article, optionally some lots and a serial range. */
export type AssetSelection = {
  articleNo: string;
  lots?: readonly string[];
  /** Inclusive bounds, compared as text: the maker's serial numbers of one article share a format. */
  serialFrom?: string;
  serialTo?: string;
};

export type SelectedAsset = Pick<AssetIndexItem, 'assetId' | 'articleNo' | 'serialNumber' | 'lot' | 'status'> & {
  unitNumber: string | null;
  personId: string | null;
};

/** Every aid of the selection, scrapped ones too (a recall must reach whoever held them), by asset id. */
export const selectAssets = async (db: ReadModelDb, selection: AssetSelection): Promise<SelectedAsset[]> => {
  const prefix = await activePrefix(db, 'asset-index');
  if (!prefix) return [];
  let query = db
    .selectFrom(tableName(prefix, 'assets'))
    .select(['asset_id', 'article_no', 'serial_number', 'lot', 'status', 'unit_number', 'person_id'])
    .where('article_no', '=', selection.articleNo);
  if (selection.lots?.length) query = query.where('lot', 'in', [...selection.lots]);
  if (selection.serialFrom !== undefined) query = query.where('serial_number', '>=', selection.serialFrom);
  if (selection.serialTo !== undefined) query = query.where('serial_number', '<=', selection.serialTo);
  const rows = (await query.orderBy('asset_id').execute()) as AssetIndexRow[];
  return rows.map((row) => ({
    assetId: row.asset_id,
    articleNo: row.article_no,
    serialNumber: row.serial_number,
    lot: row.lot,
    status: row.status,
    unitNumber: row.unit_number,
    personId: row.person_id,
  }));
};
