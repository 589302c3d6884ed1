import type { ReadModelDb } from '../read-model-db.js';
import { tableName } from '../runtime/projection.js';
import { activePrefix } from '../runtime/projection-state.js';
import { toNumber } from '../runtime/rows.js';
import type { StockLevelRow } from './stock-levels.projection.js';

export type StockLevel = {
  articleNo: string;
  location: string;
  ready: number;
  allocated: number;
  inTransit: number;
  onLoan: number;
  awaitingReconditioning: number;
  scrapped: number;
  quantityOnHand: number;
};

export type StockLevelsFilter = { articleNo?: string; location?: string };

export const findStockLevels = async (
  db: ReadModelDb,
  filter: StockLevelsFilter = {},
): Promise<{ items: StockLevel[] }> => {
  const prefix = await activePrefix(db, 'stock-levels');
  if (!prefix) return { items: [] };
  let query = db.selectFrom(tableName(prefix, 'levels')).selectAll();
  if (filter.articleNo) query = query.where('article_no', '=', filter.articleNo);
  if (filter.location) query = query.where('location', '=', filter.location);
  const rows = (await query.orderBy('article_no').orderBy('location').execute()) as StockLevelRow[];
  return {
    items: rows.map((row) => ({
      articleNo: row.article_no,
      location: row.location,
      ready: toNumber(row.ready),
      allocated: toNumber(row.allocated),
      inTransit: toNumber(row.in_transit),
      onLoan: toNumber(row.on_loan),
      awaitingReconditioning: toNumber(row.awaiting_reconditioning),
      scrapped: toNumber(row.scrapped),
      quantityOnHand: toNumber(row.quantity_on_hand),
    })),
  };
};
