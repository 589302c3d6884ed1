import type { ReadModelDb } from '../read-model-db.js';
import { tableName } from '../runtime/projection.js';
import { activePrefix } from '../runtime/projection-state.js';
import { toNumber } from '../runtime/rows.js';

export const DELIVERY_TARGET = 0.95;
export const DELIVERY_GROUP_BY = ['day', 'month', 'municipality', 'route'] as const;
export type DeliveryGroupBy = (typeof DELIVERY_GROUP_BY)[number];

export type DeliveryMetricsGroup = {
  key: string;
  deliveries: number;
  onPlannedDay: number;
  early: number;
  late: number;
  share: number;
};
export type DeliveryMetrics = { target: number; groups: DeliveryMetricsGroup[] };
export type DeliveryMetricsFilter = { from?: string; to?: string; groupBy: DeliveryGroupBy };

const GROUP_COLUMN: Record<DeliveryGroupBy, string> = {
  day: 'delivered_on',
  month: 'delivered_month',
  municipality: 'municipality',
  route: 'route_id',
};

/** Shares as in the board report: three decimals. */
export const shareOf = (part: number, whole: number): number =>
  whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000;

/** Deliveries grouped by their `deliveredOn`, order municipality or dispatch route; failed attempts and reversed deliveries are not deliveries. */
export const findDeliveryMetrics = async (db: ReadModelDb, filter: DeliveryMetricsFilter): Promise<DeliveryMetrics> => {
  const prefix = await activePrefix(db, 'delivery-metrics');
  if (!prefix) return { target: DELIVERY_TARGET, groups: [] };
  const column = GROUP_COLUMN[filter.groupBy];
  let query = db
    .selectFrom(tableName(prefix, 'deliveries'))
    .select((eb) => [
      eb.ref(column).as('key'),
      eb.fn.countAll().as('deliveries'),
      eb.fn.sum(eb.case().when('outcome', '=', 'onPlannedDay').then(1).else(0).end()).as('onPlannedDay'),
      eb.fn.sum(eb.case().when('outcome', '=', 'early').then(1).else(0).end()).as('early'),
      eb.fn.sum(eb.case().when('outcome', '=', 'late').then(1).else(0).end()).as('late'),
    ])
    .where('outcome', 'not in', ['failed', 'reversed']);
  if (filter.from) query = query.where('delivered_on', '>=', filter.from);
  if (filter.to) query = query.where('delivered_on', '<=', filter.to);
  const rows = await query.groupBy(column).orderBy(column).execute();
  return {
    target: DELIVERY_TARGET,
    groups: rows.map((row) => {
      const deliveries = toNumber(row.deliveries);
      const onPlannedDay = toNumber(row.onPlannedDay);
      return {
        key: String(row.key),
        deliveries,
        onPlannedDay,
        early: toNumber(row.early),
        late: toNumber(row.late),
        share: shareOf(onPlannedDay, deliveries),
      };
    }),
  };
};
