import type { OrderPlaced } from '@aidledger/domain';
import { eventLog } from '../testing/events.js';
import { projectionSpec } from '../testing/projection-spec.js';
import { articlesProjection } from '../articles/articles.projection.js';
import { orderBoardProjection } from './order-board.projection.js';

const spec = projectionSpec(orderBoardProjection);
const placed: OrderPlaced['data'] = {
  orderId: 'o1',
  personId: 'p1',
  articleNo: 'A-1',
  prescriberId: 'F1',
  priority: 1,
  plannedDeliveryDate: '2025-06-10',
  municipality: 'Sala',
  payerId: 'K1',
  placedOn: '2025-06-01',
};
const deliveryFacts = { orderId: 'o1', plannedDeliveryDate: '2025-06-10', municipality: 'Sala', routeId: 'R1' };

describe('order board projection', () => {
  it('follows an order from placed through allocation and dispatch to a failed attempt, due on the next attempt', async () => {
    const e = eventLog();
    await spec
      .given(
        e('OrderPlaced', placed),
        e('AssetAllocated', { assetId: 'a1', orderId: 'o1', personId: 'p1', allocatedOn: '2025-06-02' }),
        e('AidDispatched', { assetId: 'a1', orderId: 'o1', routeId: 'R1', dispatchedOn: '2025-06-10' }),
        e('AidDeliveryFailed', {
          ...deliveryFacts,
          assetId: 'a1',
          reason: 'Nobody home',
          failedOn: '2025-06-10',
          rescheduledTo: '2025-06-12',
        }),
      )
      .then('orders', [
        {
          order_id: 'o1',
          status: 'placed',
          asset_id: 'a1',
          aid_status: 'allocated',
          planned_delivery_date: '2025-06-10',
          next_attempt_on: '2025-06-12',
          due_on: '2025-06-12',
        },
      ]);
  });

  it('a reschedule moves the planned day and the day it is due', async () => {
    const e = eventLog();
    await spec
      .given(
        e('OrderPlaced', placed),
        e('OrderRescheduled', {
          orderId: 'o1',
          plannedDeliveryDate: '2025-06-20',
          previousPlannedDeliveryDate: '2025-06-10',
          reason: 'agreed',
        }),
      )
      .then('orders', [
        { order_id: 'o1', planned_delivery_date: '2025-06-20', due_on: '2025-06-20', aid_status: 'none' },
      ]);
  });

  it('a delivered and fulfilled order leaves the board of open work; a cancelled one too', async () => {
    const e = eventLog();
    await spec
      .given(
        e('OrderPlaced', placed),
        e('OrderPlaced', { ...placed, orderId: 'o2' }),
        e('AidDelivered', {
          ...deliveryFacts,
          assetId: 'a1',
          personId: 'p1',
          articleNo: 'A-1',
          deliveredOn: '2025-06-10',
        }),
        e('OrderFulfilled', { orderId: 'o1', assetId: 'a1', deliveredOn: '2025-06-10' }),
        e('OrderCancelled', { orderId: 'o2', reason: 'withdrawn', cancelledOn: '2025-06-03' }),
      )
      .then('orders', [
        { order_id: 'o1', status: 'fulfilled', aid_status: 'delivered', route_id: 'R1' },
        { order_id: 'o2', status: 'cancelled', aid_status: 'none' },
      ]);
  });

  it('ignores aid events for orders it never saw placed', async () => {
    const e = eventLog();
    await spec
      .given(e('AssetAllocated', { assetId: 'a9', orderId: 'o9', personId: 'p1', allocatedOn: '2025-06-02' }))
      .then('orders', []);
  });
});

describe('articles projection', () => {
  it('lists each registered article once', async () => {
    const e = eventLog();
    await projectionSpec(articlesProjection)
      .given(
        e('ArticleRegistered', {
          articleNo: 'A-1',
          name: 'Rullstol',
          isoCode: '12 22 03',
          kind: 'individual',
          rentable: true,
          monthlyRentSek: 200,
          purchasePriceSek: 9000,
          bulky: false,
          inspectionIntervalMonths: null,
          expectedLifetimeYears: 8,
        }),
        e('ArticleRegistered', {
          articleNo: 'B-2',
          name: 'Inkontinensskydd',
          isoCode: '09 30 21',
          kind: 'consumable',
          rentable: false,
          monthlyRentSek: null,
          purchasePriceSek: 12,
          bulky: false,
          inspectionIntervalMonths: null,
          expectedLifetimeYears: null,
        }),
      )
      .then('articles', [
        { article_no: 'A-1', kind: 'individual', rentable: 1 },
        { article_no: 'B-2', kind: 'consumable', rentable: 0 },
      ]);
  });
});
