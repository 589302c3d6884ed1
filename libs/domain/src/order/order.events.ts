import type { Message } from '../shared/decider.js';

export type Priority = 1 | 2 | 3;

export type OrderPlaced = Message<
  'OrderPlaced',
  {
    orderId: string;
    personId: string;
    articleNo: string;
    prescriberId: string;
    priority: Priority;
    plannedDeliveryDate: string;
    municipality: string;
    payerId: string;
    placedOn: string;
  }
>;
/** A new day agreed with the recipient: this moves the planned day the KPI measures against. */
export type OrderRescheduled = Message<
  'OrderRescheduled',
  { orderId: string; plannedDeliveryDate: string; previousPlannedDeliveryDate: string; reason: string }
>;
export type OrderCancelled = Message<'OrderCancelled', { orderId: string; reason: string; cancelledOn: string }>;
export type OrderFulfilled = Message<'OrderFulfilled', { orderId: string; assetId: string; deliveredOn: string }>;

/** The delivery that fulfilled the order was reversed (the wrong aid): the order waits for an aid again. */
export type OrderReopened = Message<'OrderReopened', { orderId: string; assetId: string; reason: string }>;

export type OrderEvent = OrderPlaced | OrderRescheduled | OrderCancelled | OrderFulfilled | OrderReopened;

export const orderStream = (orderId: string): string => `order-${orderId}`;
