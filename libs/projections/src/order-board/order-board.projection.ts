import type {
  AidDelivered,
  AidDeliveryFailed,
  AidDeliveryReversed,
  AidDispatched,
  AssetAllocated,
  AssetAllocationReleased,
  OrderEvent,
} from '@aidledger/domain';
import { rowProjection } from '../runtime/row-projection.js';

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
  'OrderReopened',
  'AidDeliveryReversed',
] as const;

type BoardEvent =
  | OrderEvent
  | AssetAllocated
  | AssetAllocationReleased
  | AidDispatched
  | AidDeliveryFailed
  | AidDelivered
  | AidDeliveryReversed;

/** The order as the warehouse and transport work on it; asset events are keyed by the order they serve. */
export const evolveOrderBoardRow = (row: OrderBoardRow | null, event: BoardEvent): OrderBoardRow | null => {
  if (event.type === 'OrderPlaced')
    return (
      row ?? {
        order_id: event.data.orderId,
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
      }
    );
  if (!row) return null;
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
    // The delivery was on the wrong aid: the order waits for an aid again (its planned day stays).
    case 'AidDeliveryReversed':
      return { ...row, asset_id: null, aid_status: 'none', route_id: null };
    case 'OrderReopened':
      return { ...row, status: 'placed' };
  }
};

export const orderBoardProjection = rowProjection({
  name: 'order-board',
  version: 1,
  table: 'orders',
  key: 'order_id',
  columns: {
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
  },
  handles: ORDER_BOARD_EVENT_TYPES,
  keyOf: (event) => event.data.orderId,
  evolve: evolveOrderBoardRow,
  indexes: { open: ['status', 'aid_status', 'due_on'], person: ['person_id'] },
});
