import type { Message, Today, WithOptional } from '../shared/decider.js';
import type { CommandInput, References } from '../shared/references.js';
import type { OrderCancelled, OrderFulfilled, OrderPlaced, OrderReopened, OrderRescheduled } from './order.events.js';

/** `priority` is checked to be 1–3: the command may come from unchecked input. */
export type PlaceOrder = Message<
  'PlaceOrder',
  WithOptional<Omit<OrderPlaced['data'], 'priority'>, 'placedOn'> & { priority: number } & Today
>;
export type RescheduleOrder = Message<
  'RescheduleOrder',
  Omit<OrderRescheduled['data'], 'previousPlannedDeliveryDate'> & Today
>;
export type CancelOrder = Message<'CancelOrder', WithOptional<OrderCancelled['data'], 'cancelledOn'> & Today>;
/** Sent by the process manager when the order's aid is delivered. */
export type FulfilOrder = Message<'FulfilOrder', OrderFulfilled['data'] & Today>;

/** Sent by the process manager when the delivery of the order's aid is reversed. */
export type ReopenOrder = Message<'ReopenOrder', OrderReopened['data'] & Today>;

export type OrderCommand = PlaceOrder | RescheduleOrder | CancelOrder | FulfilOrder | ReopenOrder;

/** An order names a registered person and an article of the assortment. */
export const orderCommandReferences: References<OrderCommand> = { PlaceOrder: ['person', 'article'] };

export type OrderCommandInput = CommandInput<OrderCommand, 'orderId'>;
