import type { ReadModelDb } from '../read-model-db.js';
import { tableName } from '../runtime/projection.js';
import { activePrefix } from '../runtime/projection-state.js';
import type { AssetIndexRow } from '../asset-index/asset-index.projection.js';
import type { OrderBoardRow } from '../order-board/order-board.projection.js';
import type { PickupRequestRow, PickupRequestStatus } from './pickup-requests.projection.js';

/** An aid transport is to fetch from its holder. */
export type PickupItem = {
  assetId: string;
  articleNo: string;
  serialNumber: string;
  /** The order the aid was delivered on. */
  orderId: string;
  personId: string;
  /** The municipality the aid was delivered to. */
  municipality: string;
  requestedOn: string;
  plannedPickupDate: string;
  reason: string;
};

export type PersonPickupRequest = {
  assetId: string;
  articleNo: string;
  requestedOn: string;
  plannedPickupDate: string;
  reason: string;
  status: PickupRequestStatus;
  closedOn: string | null;
};

/** The serial numbers and delivery municipalities of the rows' aids and orders, for the route list. */
const routeFacts = async (db: ReadModelDb, rows: PickupRequestRow[]) => {
  const serials = new Map<string, string>();
  const municipalities = new Map<string, string>();
  if (rows.length === 0) return { serials, municipalities };
  const assetPrefix = await activePrefix(db, 'asset-index');
  if (assetPrefix) {
    const assets = (await db
      .selectFrom(tableName(assetPrefix, 'assets'))
      .select(['asset_id', 'serial_number'])
      .where(
        'asset_id',
        'in',
        rows.map((row) => row.asset_id),
      )
      .execute()) as Array<Pick<AssetIndexRow, 'asset_id' | 'serial_number'>>;
    for (const asset of assets) serials.set(asset.asset_id, asset.serial_number);
  }
  const orderPrefix = await activePrefix(db, 'order-board');
  if (orderPrefix) {
    const orders = (await db
      .selectFrom(tableName(orderPrefix, 'orders'))
      .select(['order_id', 'municipality'])
      .where(
        'order_id',
        'in',
        rows.map((row) => row.order_id),
      )
      .execute()) as Array<Pick<OrderBoardRow, 'order_id' | 'municipality'>>;
    for (const order of orders) municipalities.set(order.order_id, order.municipality);
  }
  return { serials, municipalities };
};

/** The open pickup requests planned for that day, plus any still outstanding from earlier days. */
export const findPickupsDue = async (db: ReadModelDb, day: string): Promise<PickupItem[]> => {
  const prefix = await activePrefix(db, 'pickup-requests');
  if (!prefix) return [];
  const rows = (await db
    .selectFrom(tableName(prefix, 'pickups'))
    .selectAll()
    .where('status', '=', 'open')
    .where('planned_pickup_date', '<=', day)
    .orderBy('planned_pickup_date')
    .orderBy('asset_id')
    .limit(2000)
    .execute()) as PickupRequestRow[];
  const { serials, municipalities } = await routeFacts(db, rows);
  return rows.map((row) => ({
    assetId: row.asset_id,
    articleNo: row.article_no,
    serialNumber: serials.get(row.asset_id) ?? '',
    orderId: row.order_id,
    personId: row.person_id,
    municipality: municipalities.get(row.order_id) ?? '',
    requestedOn: row.requested_on,
    plannedPickupDate: row.planned_pickup_date,
    reason: row.reason,
  }));
};

/** The latest pickup request of each aid the person held, newest first. */
export const findPersonPickupRequests = async (db: ReadModelDb, personId: string): Promise<PersonPickupRequest[]> => {
  const prefix = await activePrefix(db, 'pickup-requests');
  if (!prefix) return [];
  const rows = (await db
    .selectFrom(tableName(prefix, 'pickups'))
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('requested_on', 'desc')
    .orderBy('asset_id')
    .limit(500)
    .execute()) as PickupRequestRow[];
  return rows.map((row) => ({
    assetId: row.asset_id,
    articleNo: row.article_no,
    requestedOn: row.requested_on,
    plannedPickupDate: row.planned_pickup_date,
    reason: row.reason,
    status: row.status,
    closedOn: row.closed_on,
  }));
};

/** Whether a person has an open pickup planned within the days `from`…`to` (need to know for transport staff). */
export const hasPickupDueBetween = async (
  db: ReadModelDb,
  personId: string,
  from: string,
  to: string,
): Promise<boolean> => {
  const prefix = await activePrefix(db, 'pickup-requests');
  if (!prefix) return false;
  const row = await db
    .selectFrom(tableName(prefix, 'pickups'))
    .select('asset_id')
    .where('person_id', '=', personId)
    .where('status', '=', 'open')
    .where('planned_pickup_date', '>=', from)
    .where('planned_pickup_date', '<=', to)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
};
