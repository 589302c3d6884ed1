import { shareOf } from '../delivery-metrics/delivery-metrics.queries.js';
import type { ReadModelDb } from '../read-model-db.js';
import { tableName } from '../runtime/projection.js';
import { activePrefix } from '../runtime/projection-state.js';
import { toNumber } from '../runtime/rows.js';

export const FITTING_TARGET = 0.8;

export type FittingMetricsGroup = { key: string; requests: number; offeredWithin15WorkingDays: number; share: number };
export type FittingMetrics = { target: number; groups: FittingMetricsGroup[] };
export type FittingMetricsFilter = { from?: string; to?: string; groupBy?: 'month' };

/**
 * Requests grouped by the month of `requestedOn`; from/to filter on `requestedOn`, both inclusive. A request counts
 * once it is offered or its 15th working day has passed by `today`: one still within its days is not known to be
 * late yet. A request cancelled unoffered by its 15th working day was withdrawn, not kept waiting: it never counts.
 */
export const findFittingMetrics = async (
  db: ReadModelDb,
  filter: FittingMetricsFilter & { today: string },
): Promise<FittingMetrics> => {
  const prefix = await activePrefix(db, 'fitting-metrics');
  if (!prefix) return { target: FITTING_TARGET, groups: [] };
  let query = db
    .selectFrom(tableName(prefix, 'fittings'))
    .select((eb) => [
      eb.ref('requested_month').as('key'),
      eb.fn.countAll().as('requests'),
      eb.fn.sum(eb.fn.coalesce('offered_in_time', eb.lit(0))).as('within'),
    ])
    .where((eb) =>
      eb.or([
        eb('offered_on', 'is not', null),
        eb.and([
          eb('offer_due_on', '<', filter.today),
          eb.or([eb('cancelled_on', 'is', null), eb('cancelled_on', '>', eb.ref('offer_due_on'))]),
        ]),
      ]),
    );
  if (filter.from) query = query.where('requested_on', '>=', filter.from);
  if (filter.to) query = query.where('requested_on', '<=', filter.to);
  const rows = await query.groupBy('requested_month').orderBy('requested_month').execute();
  return {
    target: FITTING_TARGET,
    groups: rows.map((row) => {
      const requests = toNumber(row.requests);
      const within = toNumber(row.within);
      return {
        key: String(row.key),
        requests,
        offeredWithin15WorkingDays: within,
        share: shareOf(within, requests),
      };
    }),
  };
};
