import type { AssetEvent, OrderEvent } from '@aidledger/domain';
import type { RecordedEvent } from '@aidledger/event-store';
import type { ReadModelDb, ReadModelTransaction } from '../read-model-db.js';
import { tableName, type Projection } from '../runtime/projection.js';
import { createIndexes, createTable } from '../runtime/tables.js';
import { loadRowsByKey, toNumber, upsertRows } from '../runtime/rows.js';

export type OrderBoardStatus = 'placed' | 'cancelled' | 'fulfilled';
/** Where the order's aid is on its way: none yet, reserved in the warehouse, or loaded on a route. */
export type OrderAidStatus = 'none' | 'allocated' | 'inTransit' | 'delivered';

export type OrderBoardRow = {
  order_id: string;
  person_id: string;
  article_no: string;
  priority: number;
  planned_delivery_date: string;
  municipality: string;
  status: OrderBoardStatus;
  asset_id: string | null;
  aid_status: OrderAidStatus;
  route_id: string | null;
  /** The day of the next attempt after a failed delivery; the planned day stays. */
  next_attempt_on: string | null;
  /** The day transport works on it: the next attempt's day, else the planned day. */
  due_on: string;
  position: number;
};

export const ORDER_BOARD_EVENT_TYPES = [
  'OrderPlaced',
  'OrderRescheduled',
  'OrderCancelled',
  'OrderFulfilled',
  'AssetAllocated',
  'AssetAllocationReleased',
  'AidDispatched',
  'AidDeliveryFailed',
  'AidDelivered',
] as const;

type BoardEvent = OrderEvent | AssetEvent;

/** The order as the warehouse and transport work on it; asset events are keyed by the order they serve. */
export const evolveOrderBoardRow = (row: OrderBoardRow, event: BoardEvent): OrderBoardRow => {
  switch (event.type) {
    case 'OrderRescheduled':
      return {
        ...row,
        planned_delivery_date: event.data.plannedDeliveryDate,
        next_attempt_on: null,
        due_on: event.data.plannedDeliveryDate,
      };
    case 'OrderCancelled':
      return { ...row, status: 'cancelled' };
    case 'OrderFulfilled':
      return { ...row, status: 'fulfilled', asset_id: event.data.assetId, aid_status: 'delivered' };
    case 'AssetAllocated':
      return { ...row, asset_id: event.data.assetId, aid_status: 'allocated', route_id: null };
    case 'AssetAllocationReleased':
      return { ...row, asset_id: null, aid_status: 'none', route_id: null };
    case 'AidDispatched':
      return { ...row, asset_id: event.data.assetId, aid_status: 'inTransit', route_id: event.data.routeId };
    case 'AidDeliveryFailed':
      return {
        ...row,
        aid_status: 'allocated',
        next_attempt_on: event.data.rescheduledTo,
        due_on: event.data.rescheduledTo,
      };
    case 'AidDelivered':
      return { ...row, asset_id: event.data.assetId, aid_status: 'delivered', route_id: event.data.routeId };
    default:
      return row;
  }
};

const orderIdOf = (event: RecordedEvent): string | null =>
  typeof event.data.orderId === 'string' ? event.data.orderId : null;

export const orderBoardProjection: Projection = {
  name: 'order-board',
  version: 1,
  handles: ORDER_BOARD_EVENT_TYPES,
  tables: ['orders'],
  async createTables(db: ReadModelDb | ReadModelTransaction, prefix: string) {
    const table = tableName(prefix, 'orders');
    await createTable(db, table, {
      order_id: 'text primary key',
      person_id: 'text not null',
      article_no: 'text not null',
      priority: 'integer not null',
      planned_delivery_date: 'text not null',
      municipality: 'text not null',
      status: 'text not null',
      asset_id: 'text',
      aid_status: 'text not null',
      route_id: 'text',
      next_attempt_on: 'text',
      due_on: 'text not null',
      position: 'bigint not null',
    });
    await createIndexes(db, table, { open: ['status', 'aid_status', 'due_on'] });
  },
  async applyBatch(trx, prefix, events) {
    const table = tableName(prefix, 'orders');
    const keys = events.map(orderIdOf).filter((key): key is string => key !== null);
    const rows = await loadRowsByKey<OrderBoardRow>(trx, table, 'order_id', keys);
    const changed = new Map<string, OrderBoardRow>();
    for (const recorded of events) {
      const orderId = orderIdOf(recorded);
      if (!orderId) continue;
      const position = Number(recorded.position);
      const current = rows.get(orderId);
      if (current && toNumber(current.position) >= position) continue;
      const event = { type: recorded.type, data: recorded.data } as BoardEvent;
      let next: OrderBoardRow;
      if (event.type === 'OrderPlaced') {
        if (current) continue;
        next = {
          order_id: orderId,
          person_id: event.data.personId,
          article_no: event.data.articleNo,
          priority: event.data.priority,
          planned_delivery_date: event.data.plannedDeliveryDate,
          municipality: event.data.municipality,
          status: 'placed',
          asset_id: null,
          aid_status: 'none',
          route_id: null,
          next_attempt_on: null,
          due_on: event.data.plannedDeliveryDate,
          position,
        };
      } else {
        if (!current) continue;
        next = { ...evolveOrderBoardRow(current, event), position };
      }
      rows.set(orderId, next);
      changed.set(orderId, next);
    }
    await upsertRows(trx, table, ['order_id'], [...changed.values()]);
  },
};
