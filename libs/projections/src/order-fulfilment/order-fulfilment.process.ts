import type { AidDelivered, FulfilOrder } from '@aidledger/domain';
import type { RecordedEvent } from '@aidledger/event-store';
import type { ProcessManager } from '../runtime/projection.js';

/** `today` is added by the dispatcher, which knows the clock. */
export type FulfilOrderRequest = { type: 'FulfilOrder'; data: Omit<FulfilOrder['data'], 'today'> };

/** When an aid is delivered, its order is fulfilled. FulfilOrder is a no-op on a fulfilled order, so a redelivery is safe. */
export const orderFulfilment: ProcessManager & { react(event: RecordedEvent): FulfilOrderRequest[] } = {
  name: 'order-fulfilment',
  handles: ['AidDelivered'],
  react(recorded) {
    if (recorded.type !== 'AidDelivered') return [];
    const { orderId, assetId, deliveredOn } = recorded.data as AidDelivered['data'];
    return [{ type: 'FulfilOrder', data: { orderId, assetId, deliveredOn } }];
  },
};
