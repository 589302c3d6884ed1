import type { ArticleFacts, CommandInput, OrderFacts, References } from '../shared/references.js';

/** `today` is the ISO day in Europe/Stockholm, supplied by the caller. */
export type ReceiveConsumables = {
  type: 'ReceiveConsumables';
  data: {
    articleNo: string;
    article: ArticleFacts;
    location: string;
    quantity: number;
    receivedOn: string;
    today: string;
  };
};

/** Delivered against an order of the same article; the event keeps the order's planned day for the KPI. */
export type DeliverConsumables = {
  type: 'DeliverConsumables';
  data: {
    articleNo: string;
    article: ArticleFacts;
    location: string;
    quantity: number;
    orderId: string;
    order: OrderFacts;
    deliveredOn: string;
    today: string;
  };
};

/** A stocktaking correction: positive or negative, never zero, always with a reason. */
export type AdjustConsumables = {
  type: 'AdjustConsumables';
  data: {
    articleNo: string;
    article: ArticleFacts;
    location: string;
    quantityChange: number;
    reason: string;
    adjustedOn: string;
    today: string;
  };
};

export type ConsumableStockCommand = ReceiveConsumables | DeliverConsumables | AdjustConsumables;

export const consumableStockCommandReferences: References<ConsumableStockCommand> = {
  ReceiveConsumables: ['article'],
  DeliverConsumables: ['article', 'order'],
  AdjustConsumables: ['article'],
};

export type ConsumableStockCommandInput = CommandInput<ConsumableStockCommand, 'articleNo'>;
