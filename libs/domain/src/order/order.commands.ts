import type { CommandInput, References } from '../shared/references.js';
import type { Priority } from './order.events.js';

/** `today` is the ISO day in Europe/Stockholm, supplied by the caller. */
export type PlaceOrder = {
  type: 'PlaceOrder';
  data: {
    orderId: string;
    personId: string;
    articleNo: string;
    prescriberId: string;
    /** Checked to be 1–3: the command may come from unchecked input. */
    priority: Priority | number;
    plannedDeliveryDate: string;
    municipality: string;
    payerId: string;
    placedOn?: string;
    today: string;
  };
};

export type RescheduleOrder = {
  type: 'RescheduleOrder';
  data: { orderId: string; plannedDeliveryDate: string; reason: string; today: string };
};

export type CancelOrder = {
  type: 'CancelOrder';
  data: { orderId: string; reason: string; cancelledOn?: string; today: string };
};

/** Sent by the process manager when the order's aid is delivered. */
export type FulfilOrder = {
  type: 'FulfilOrder';
  data: { orderId: string; assetId: string; deliveredOn: string; today: string };
};

export type OrderCommand = PlaceOrder | RescheduleOrder | CancelOrder | FulfilOrder;

/** An order names a registered person and an article of the assortment. */
export const orderCommandReferences: References<OrderCommand> = { PlaceOrder: ['person', 'article'] };

export type OrderCommandInput = CommandInput<OrderCommand, 'orderId'>;
