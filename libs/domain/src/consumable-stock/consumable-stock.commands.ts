import type { Message, Today } from '../shared/decider.js';
import type { ArticleFacts, CommandInput, OrderFacts, References } from '../shared/references.js';
import type { ConsumablesAdjusted, ConsumablesDelivered, ConsumablesReceived } from './consumable-stock.events.js';

/** `article` is the stock's own article, looked up by the handler: only a consumable has a stock. */
type OfArticle = { article: ArticleFacts } & Today;

export type ReceiveConsumables = Message<'ReceiveConsumables', ConsumablesReceived['data'] & OfArticle>;
/** Delivered against an order of the same article; the event keeps the order's planned day for the KPI. */
export type DeliverConsumables = Message<
  'DeliverConsumables',
  Omit<ConsumablesDelivered['data'], 'plannedDeliveryDate'> & { order: OrderFacts } & OfArticle
>;
/** A stocktaking correction: positive or negative, never zero, always with a reason. */
export type AdjustConsumables = Message<'AdjustConsumables', ConsumablesAdjusted['data'] & OfArticle>;

export type ConsumableStockCommand = ReceiveConsumables | DeliverConsumables | AdjustConsumables;

export const consumableStockCommandReferences: References<ConsumableStockCommand> = {
  ReceiveConsumables: ['article'],
  DeliverConsumables: ['article', 'order'],
  AdjustConsumables: ['article'],
};

export type ConsumableStockCommandInput = CommandInput<ConsumableStockCommand, 'articleNo'>;
