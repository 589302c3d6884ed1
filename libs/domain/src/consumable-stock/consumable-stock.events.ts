import type { Message } from '../shared/decider.js';

type Stock = { articleNo: string; location: string };

export type ConsumablesReceived = Message<'ConsumablesReceived', Stock & { quantity: number; receivedOn: string }>;
export type ConsumablesDelivered = Message<
  'ConsumablesDelivered',
  Stock & { quantity: number; orderId: string; plannedDeliveryDate: string; deliveredOn: string }
>;
export type ConsumablesAdjusted = Message<
  'ConsumablesAdjusted',
  Stock & { quantityChange: number; reason: string; adjustedOn: string }
>;

export type ConsumableStockEvent = ConsumablesReceived | ConsumablesDelivered | ConsumablesAdjusted;

export const consumableStockStream = (articleNo: string, location: string): string => `stock-${articleNo}.${location}`;
