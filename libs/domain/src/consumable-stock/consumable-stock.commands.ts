/** `today` is the ISO day in Europe/Stockholm, supplied by the caller. */
export type ReceiveConsumables = {
  type: 'ReceiveConsumables';
  data: { articleNo: string; location: string; quantity: number; receivedOn: string; today: string };
};

/** Delivered against an order: the handler passes the order's planned day for the KPI. */
export type DeliverConsumables = {
  type: 'DeliverConsumables';
  data: {
    articleNo: string;
    location: string;
    quantity: number;
    orderId: string;
    plannedDeliveryDate: string;
    deliveredOn: string;
    today: string;
  };
};

/** A stocktaking correction: positive or negative, never zero, always with a reason. */
export type AdjustConsumables = {
  type: 'AdjustConsumables';
  data: {
    articleNo: string;
    location: string;
    quantityChange: number;
    reason: string;
    adjustedOn: string;
    today: string;
  };
};

export type ConsumableStockCommand = ReceiveConsumables | DeliverConsumables | AdjustConsumables;
