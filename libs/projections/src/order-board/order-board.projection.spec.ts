import type { OrderPlaced } from '@aidledger/domain';
import { eventLog } from '../testing/events.js';
import { evolveSpec, projectionSpec } from '../testing/projection-spec.js';
import { evolveOrderBoardRow, orderBoardProjection, type OrderBoardRow } from './order-board.projection.js';

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

/** Events are made when called, so positions follow the order of a test's `given`. */
const e = eventLog();
const allocated = () =>
  e('AssetAllocated', { assetId: 'a1', orderId: 'o1', personId: 'p1', allocatedOn: '2025-06-02' });
const failedAttempt = () =>
  e('AidDeliveryFailed', {
    ...deliveryFacts,
    assetId: 'a1',
    reason: 'Nobody home',
    failedOn: '2025-06-10',
    rescheduledTo: '2025-06-12',
  });
const rescheduled = () =>
  e('OrderRescheduled', {
    orderId: 'o1',
    plannedDeliveryDate: '2025-06-20',
    previousPlannedDeliveryDate: '2025-06-10',
    reason: 'agreed',
  });

describe('order board projection', () => {
  it('follows an order from placed through allocation and dispatch to a failed attempt, due on the next attempt', async () => {
    await spec
      .given(
        e('OrderPlaced', placed),
        allocated(),
        e('AidDispatched', { assetId: 'a1', orderId: 'o1', routeId: 'R1', dispatchedOn: '2025-06-10' }),
        failedAttempt(),
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
    await spec
      .given(e('OrderPlaced', placed), rescheduled())
      .then('orders', [
        { order_id: 'o1', planned_delivery_date: '2025-06-20', due_on: '2025-06-20', aid_status: 'none' },
      ]);
  });

  it('a delivered and fulfilled order leaves the board of open work; a cancelled one too', async () => {
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
    await spec
      .given(e('AssetAllocated', { assetId: 'a9', orderId: 'o9', personId: 'p1', allocatedOn: '2025-06-02' }))
      .then('orders', []);
  });
});

describe('order board evolve', () => {
  const board = evolveSpec(evolveOrderBoardRow);
  const waiting: OrderBoardRow = {
    order_id: 'o1',
    person_id: 'p1',
    article_no: 'A-1',
    priority: 1,
    planned_delivery_date: '2025-06-10',
    municipality: 'Sala',
    status: 'placed',
    asset_id: null,
    aid_status: 'none',
    route_id: null,
    next_attempt_on: null,
    due_on: '2025-06-10',
  };

  it('a placed order waits for an aid, due on its planned day', () => {
    board.given(e('OrderPlaced', placed)).then(waiting);
  });

  it('a released allocation leaves the order waiting for an aid again', () => {
    board
      .given(
        e('OrderPlaced', placed),
        allocated(),
        e('AssetAllocationReleased', { assetId: 'a1', orderId: 'o1', reason: 'broken', releasedOn: '2025-06-03' }),
      )
      .then(waiting);
  });

  it('a delivery reversed as on the wrong aid leaves the order open and waiting for an aid again', () => {
    board
      .given(
        e('OrderPlaced', placed),
        allocated(),
        e('AidDispatched', { assetId: 'a1', orderId: 'o1', routeId: 'R1', dispatchedOn: '2025-06-10' }),
        e('AidDelivered', {
          ...deliveryFacts,
          assetId: 'a1',
          personId: 'p1',
          articleNo: 'A-1',
          deliveredOn: '2025-06-10',
        }),
        e('OrderFulfilled', { orderId: 'o1', assetId: 'a1', deliveredOn: '2025-06-10' }),
        e('AidDeliveryReversed', {
          assetId: 'a1',
          orderId: 'o1',
          personId: 'p1',
          articleNo: 'A-1',
          revision: 3,
          deliveredOn: '2025-06-10',
          location: 'VÄS',
          reason: 'wrong aid',
        }),
        e('OrderReopened', { orderId: 'o1', assetId: 'a1', reason: 'wrong aid' }),
      )
      .then(waiting);
  });

  it('a reschedule after a failed attempt drops the next attempt: the order is due on its new day', () => {
    board.given(e('OrderPlaced', placed), allocated(), failedAttempt(), rescheduled()).then({
      ...waiting,
      asset_id: 'a1',
      aid_status: 'allocated',
      planned_delivery_date: '2025-06-20',
      due_on: '2025-06-20',
    });
  });

  it('an aid event for an order never placed makes no row', () => {
    board.given(allocated()).then(null);
  });

  it('placing an order again changes nothing', () => {
    const { row } = board.given(e('OrderPlaced', placed), allocated());
    const again = e('OrderPlaced', placed);
    expect(evolveOrderBoardRow(row, again)).toBe(row);
  });
});
