import type { ReadModelDb } from '../read-model-db.js';
import { tableName } from '../runtime/projection.js';
import { activePrefix } from '../runtime/projection-state.js';
import type { AssetIndexRow } from '../asset-index/asset-index.projection.js';
import type { OrderAidStatus, OrderBoardRow, OrderBoardStatus } from './order-board.projection.js';

export type OrderItem = {
  orderId: string;
  personId: string;
  articleNo: string;
  plannedDeliveryDate: string;
  municipality: string;
  priority: number;
  status: OrderBoardStatus;
  assetId: string | null;
};

export type RouteItem = {
  assetId: string;
  articleNo: string;
  serialNumber: string;
  /** The number on the aid's label; null for an aid received before unit numbers, until assigned. */
  unitNumber: string | null;
  orderId: string;
  personId: string;
  municipality: string;
  routeId: string | null;
  plannedDeliveryDate: string;
  nextAttemptOn: string | null;
  status: 'allocated' | 'inTransit';
};

export type OrderFilter = { status?: 'open' | OrderBoardStatus; articleNo?: string; limit?: number };

const toItem = (row: OrderBoardRow): OrderItem => ({
  orderId: row.order_id,
  personId: row.person_id,
  articleNo: row.article_no,
  plannedDeliveryDate: row.planned_delivery_date,
  municipality: row.municipality,
  priority: Number(row.priority),
  status: row.status,
  assetId: row.asset_id,
});

/** Orders by planned day; `open` = placed and still waiting for an aid to be allocated. */
export const findOrders = async (db: ReadModelDb, filter: OrderFilter = {}): Promise<{ items: OrderItem[] }> => {
  const prefix = await activePrefix(db, 'order-board');
  if (!prefix) return { items: [] };
  let query = db.selectFrom(tableName(prefix, 'orders')).selectAll();
  if (filter.status === 'open') query = query.where('status', '=', 'placed').where('aid_status', '=', 'none');
  else if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.articleNo) query = query.where('article_no', '=', filter.articleNo);
  const rows = (await query
    .orderBy('priority')
    .orderBy('planned_delivery_date')
    .orderBy('order_id')
    .limit(Math.min(Math.max(filter.limit ?? 200, 1), 1000))
    .execute()) as OrderBoardRow[];
  return { items: rows.map(toItem) };
};

/**
 * The aids transport works on that day: allocated or loaded aids whose order is due that day
 * (its planned day, or the next attempt after a failure), plus any still outstanding from earlier days.
 */
export const findRoute = async (db: ReadModelDb, day: string): Promise<{ day: string; items: RouteItem[] }> => {
  const prefix = await activePrefix(db, 'order-board');
  if (!prefix) return { day, items: [] };
  const onTheWay: OrderAidStatus[] = ['allocated', 'inTransit'];
  const rows = (await db
    .selectFrom(tableName(prefix, 'orders'))
    .selectAll()
    .where('status', '=', 'placed')
    .where('aid_status', 'in', onTheWay)
    .where('due_on', '<=', day)
    .orderBy('route_id')
    .orderBy('municipality')
    .orderBy('due_on')
    .limit(2000)
    .execute()) as OrderBoardRow[];
  const assetPrefix = await activePrefix(db, 'asset-index');
  const assetIds = rows.map((row) => row.asset_id).filter((id): id is string => id !== null);
  const labels = new Map<string, Pick<AssetIndexRow, 'serial_number' | 'unit_number'>>();
  if (assetPrefix && assetIds.length > 0) {
    const assets = (await db
      .selectFrom(tableName(assetPrefix, 'assets'))
      .select(['asset_id', 'serial_number', 'unit_number'])
      .where('asset_id', 'in', assetIds)
      .execute()) as Array<Pick<AssetIndexRow, 'asset_id' | 'serial_number' | 'unit_number'>>;
    for (const asset of assets) labels.set(asset.asset_id, asset);
  }
  return {
    day,
    items: rows.map((row) => ({
      assetId: row.asset_id ?? '',
      articleNo: row.article_no,
      serialNumber: labels.get(row.asset_id ?? '')?.serial_number ?? '',
      unitNumber: labels.get(row.asset_id ?? '')?.unit_number ?? null,
      orderId: row.order_id,
      personId: row.person_id,
      municipality: row.municipality,
      routeId: row.route_id,
      plannedDeliveryDate: row.planned_delivery_date,
      nextAttemptOn: row.next_attempt_on,
      status: row.aid_status === 'inTransit' ? 'inTransit' : 'allocated',
    })),
  };
};

/** Whether a person has an order on the routes of the days `from`…`to` (need to know for transport staff). */
export const hasOrderDueBetween = async (
  db: ReadModelDb,
  personId: string,
  from: string,
  to: string,
): Promise<boolean> => {
  const prefix = await activePrefix(db, 'order-board');
  if (!prefix) return false;
  const row = await db
    .selectFrom(tableName(prefix, 'orders'))
    .select('order_id')
    .where('person_id', '=', personId)
    .where('due_on', '>=', from)
    .where('due_on', '<=', to)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
};

/** Where a person's order stands, as customer service tells the person. */
export type OrderStage = 'placed' | 'allocated' | 'dispatched' | 'delivered' | 'cancelled';

export type PersonOrderItem = OrderItem & {
  stage: OrderStage;
  /** The route the aid is loaded on, once dispatched. */
  routeId: string | null;
  /** The day transport works on it: the next attempt after a failed delivery, else the planned day. */
  dueOn: string;
};

const stageOf = (row: OrderBoardRow): OrderStage => {
  if (row.status === 'cancelled') return 'cancelled';
  if (row.status === 'fulfilled' || row.aid_status === 'delivered') return 'delivered';
  if (row.aid_status === 'inTransit') return 'dispatched';
  return row.aid_status === 'allocated' ? 'allocated' : 'placed';
};

/** A person's orders, the latest planned first. */
export const findPersonOrders = async (db: ReadModelDb, personId: string): Promise<PersonOrderItem[]> => {
  const prefix = await activePrefix(db, 'order-board');
  if (!prefix) return [];
  const rows = (await db
    .selectFrom(tableName(prefix, 'orders'))
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('planned_delivery_date', 'desc')
    .orderBy('order_id')
    .limit(500)
    .execute()) as OrderBoardRow[];
  return rows.map((row) => ({
    ...toItem(row),
    stage: stageOf(row),
    routeId: row.route_id,
    dueOn: row.due_on,
  }));
};
