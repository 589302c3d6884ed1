import type { ReadModelDb } from '../read-model-db.js';
import { tableName } from '../runtime/projection.js';
import { activePrefix } from '../runtime/projection-state.js';
import type { AssetIndexRow } from '../asset-index/asset-index.projection.js';
import type { AssetSelection } from '../asset-index/asset-index.queries.js';
import type { HoldingRow } from '../person-aids/person-aids.projection.js';

/** A person who held a matching aid, and for how long (`until` null: holds it still). */
export type AidHolderItem = {
  assetId: string;
  unitNumber: string | null;
  articleNo: string;
  serialNumber: string;
  lot: string | null;
  personId: string;
  since: string;
  until: string | null;
};

/**
 * Who held the aids of the selection (article, lots, serial range): on the day `onDay` (deliveries and returns are
 * business days, so on the day of a hand-over both holders count), or ever. From the event history as the holdings
 * read model keeps it: corrected days and reversed deliveries included.
 */
export const findAidHolders = async (
  db: ReadModelDb,
  selection: AssetSelection,
  onDay?: string,
): Promise<{ items: AidHolderItem[] }> => {
  const [assetPrefix, holdingPrefix] = await Promise.all([
    activePrefix(db, 'asset-index'),
    activePrefix(db, 'person-aids'),
  ]);
  if (!assetPrefix || !holdingPrefix) return { items: [] };
  let query = db
    .selectFrom(`${tableName(holdingPrefix, 'holdings')} as h`)
    .innerJoin(`${tableName(assetPrefix, 'assets')} as a`, 'a.asset_id', 'h.asset_id')
    .select(['h.asset_id', 'h.person_id', 'h.since', 'h.until'])
    .select(['a.unit_number', 'a.article_no', 'a.serial_number', 'a.lot'])
    .where('a.article_no', '=', selection.articleNo);
  if (selection.lots?.length) query = query.where('a.lot', 'in', [...selection.lots]);
  if (selection.serialFrom !== undefined) query = query.where('a.serial_number', '>=', selection.serialFrom);
  if (selection.serialTo !== undefined) query = query.where('a.serial_number', '<=', selection.serialTo);
  if (onDay !== undefined)
    query = query
      .where('h.since', '<=', onDay)
      .where((eb) => eb.or([eb('h.until', 'is', null), eb('h.until', '>=', onDay)]));
  const rows = (await query.orderBy('h.asset_id').orderBy('h.since').orderBy('h.holding_id').execute()) as Array<
    Pick<HoldingRow, 'asset_id' | 'person_id' | 'since' | 'until'> &
      Pick<AssetIndexRow, 'unit_number' | 'article_no' | 'serial_number' | 'lot'>
  >;
  return {
    items: rows.map((row) => ({
      assetId: row.asset_id,
      unitNumber: row.unit_number,
      articleNo: row.article_no,
      serialNumber: row.serial_number,
      lot: row.lot,
      personId: row.person_id,
      since: row.since,
      until: row.until,
    })),
  };
};
