import { eventLog } from '../testing/events.js';
import { orderFulfilment } from './order-fulfilment.process.js';

describe('order fulfilment', () => {
  it('fulfils the order when its aid is delivered', () => {
    const e = eventLog();
    const delivered = e('AidDelivered', {
      assetId: 'a1',
      orderId: 'o1',
      personId: 'p1',
      articleNo: 'A-1',
      deliveredOn: '2025-03-10',
      plannedDeliveryDate: '2025-03-10',
      municipality: 'Sala',
      routeId: 'r1',
    });
    expect(orderFulfilment.react(delivered)).toEqual([
      { type: 'FulfilOrder', data: { orderId: 'o1', assetId: 'a1', deliveredOn: '2025-03-10' } },
    ]);
  });

  it('reopens the order when the delivery of its aid is reversed', () => {
    const e = eventLog();
    const reversed = e('AidDeliveryReversed', {
      assetId: 'a1',
      orderId: 'o1',
      personId: 'p1',
      articleNo: 'A-1',
      revision: 3,
      deliveredOn: '2025-03-10',
      location: 'VAS',
      reason: 'wrong aid',
    });
    expect(orderFulfilment.react(reversed)).toEqual([
      { type: 'ReopenOrder', data: { orderId: 'o1', assetId: 'a1', reason: 'wrong aid' } },
    ]);
  });

  it('sends nothing for other events', () => {
    const e = eventLog();
    expect(
      orderFulfilment.react(
        e('AidReturned', { assetId: 'a1', personId: 'p1', orderId: 'o1', returnedOn: '2025-03-11', reason: 'x' }),
      ),
    ).toEqual([]);
  });
});
