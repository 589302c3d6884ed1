import { shareOf } from '../delivery-metrics/delivery-metrics.queries.js';
import type { ReadModelDb } from '../read-model-db.js';
import { tableName } from '../runtime/projection.js';
import { activePrefix } from '../runtime/projection-state.js';
import { toNumber } from '../runtime/rows.js';

export const REPAIR_TARGET = 0.88;

export type RepairMetricsGroup = { key: string; completed: number; withinFiveWorkingDays: number; share: number };
export type RepairMetrics = { target: number; groups: RepairMetricsGroup[] };
export type RepairMetricsFilter = { from?: string; to?: string; groupBy?: 'month' };

/** Completed repairs grouped by the month of `completedOn`; from/to filter on `completedOn`, both inclusive. */
export const findRepairMetrics = async (db: ReadModelDb, filter: RepairMetricsFilter = {}): Promise<RepairMetrics> => {
  const prefix = await activePrefix(db, 'repair-metrics');
  if (!prefix) return { target: REPAIR_TARGET, groups: [] };
  let query = db
    .selectFrom(tableName(prefix, 'repairs'))
    .select((eb) => [
      eb.ref('completed_month').as('key'),
      eb.fn.countAll().as('completed'),
      eb.fn.sum('within_five_working_days').as('within'),
    ])
    .where('completed_on', 'is not', null);
  if (filter.from) query = query.where('completed_on', '>=', filter.from);
  if (filter.to) query = query.where('completed_on', '<=', filter.to);
  const rows = await query.groupBy('completed_month').orderBy('completed_month').execute();
  return {
    target: REPAIR_TARGET,
    groups: rows.map((row) => {
      const completed = toNumber(row.completed);
      const within = toNumber(row.within);
      return { key: String(row.key), completed, withinFiveWorkingDays: within, share: shareOf(within, completed) };
    }),
  };
};
