export type ConsumablesReceived = {
  type: 'ConsumablesReceived';
  data: { articleNo: string; location: string; quantity: number; receivedOn: string };
};

export type ConsumablesDelivered = {
  type: 'ConsumablesDelivered';
  data: {
    articleNo: string;
    location: string;
    quantity: number;
    orderId: string;
    plannedDeliveryDate: string;
    deliveredOn: string;
  };
};

export type ConsumablesAdjusted = {
  type: 'ConsumablesAdjusted';
  data: { articleNo: string; location: string; quantityChange: number; reason: string; adjustedOn: string };
};

export type ConsumableStockEvent = ConsumablesReceived | ConsumablesDelivered | ConsumablesAdjusted;

export const consumableStockStream = (articleNo: string, location: string): string => `stock-${articleNo}.${location}`;
