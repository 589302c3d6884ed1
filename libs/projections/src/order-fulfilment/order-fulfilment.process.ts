import type { AidDelivered, AidDeliveryReversed, FulfilOrder, ReopenOrder } from '@aidledger/domain';
import type { RecordedEvent } from '@aidledger/event-store';
import type { ProcessManager } from '../runtime/projection.js';

/** `today` is added by the dispatcher, which knows the clock. */
export type FulfilOrderRequest = { type: 'FulfilOrder'; data: Omit<FulfilOrder['data'], 'today'> };
export type ReopenOrderRequest = { type: 'ReopenOrder'; data: Omit<ReopenOrder['data'], 'today'> };
export type OrderFulfilmentRequest = FulfilOrderRequest | ReopenOrderRequest;

/**
 * When an aid is delivered, its order is fulfilled; when that delivery is reversed, the order is open again.
 * Both are no-ops when already done, so an event sent again after a crash is safe.
 */
export const orderFulfilment: ProcessManager & { react(event: RecordedEvent): OrderFulfilmentRequest[] } = {
  name: 'order-fulfilment',
  handles: ['AidDelivered', 'AidDeliveryReversed'],
  react(recorded) {
    if (recorded.type === 'AidDelivered') {
      const { orderId, assetId, deliveredOn } = recorded.data as AidDelivered['data'];
      return [{ type: 'FulfilOrder', data: { orderId, assetId, deliveredOn } }];
    }
    if (recorded.type === 'AidDeliveryReversed') {
      const { orderId, assetId, reason } = recorded.data as AidDeliveryReversed['data'];
      return [{ type: 'ReopenOrder', data: { orderId, assetId, reason } }];
    }
    return [];
  },
};
