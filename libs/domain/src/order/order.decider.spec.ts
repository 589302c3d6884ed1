import { given } from '../testing/decider-spec.js';
import type { OrderCommand, PlaceOrder } from './order.commands.js';
import { orderDecider, orderView } from './order.decider.js';
import type { OrderEvent } from './order.events.js';

const today = '2025-03-20';
const orderId = 'o-1';

const placeData: PlaceOrder['data'] = {
  orderId,
  personId: 'p-1',
  articleNo: 'WC-100',
  prescriberId: 'pr-1',
  priority: 2,
  plannedDeliveryDate: '2025-03-25',
  municipality: 'Västerås',
  payerId: 'kommun-1980',
  placedOn: '2025-03-18',
  today,
};
const place = (overrides: Partial<PlaceOrder['data']> = {}): OrderCommand => ({
  type: 'PlaceOrder',
  data: { ...placeData, ...overrides },
});
/** The order records exactly the facts it was placed with. */
const { today: _today, ...placedFacts } = placeData;
const placed: OrderEvent = { type: 'OrderPlaced', data: { ...placedFacts, priority: 2, placedOn: '2025-03-18' } };
const cancelled: OrderEvent = {
  type: 'OrderCancelled',
  data: { orderId, reason: 'no longer needed', cancelledOn: '2025-03-19' },
};
const fulfilled: OrderEvent = { type: 'OrderFulfilled', data: { orderId, assetId: 'a-1', deliveredOn: '2025-03-20' } };

const reschedule = (plannedDeliveryDate = '2025-03-27'): OrderCommand => ({
  type: 'RescheduleOrder',
  data: { orderId, plannedDeliveryDate, reason: 'agreed with the recipient', today },
});
const cancel: OrderCommand = {
  type: 'CancelOrder',
  data: { orderId, reason: 'no longer needed', cancelledOn: '2025-03-19', today },
};
const fulfil = (assetId = 'a-1', deliveredOn = '2025-03-20'): OrderCommand => ({
  type: 'FulfilOrder',
  data: { orderId, assetId, deliveredOn, today },
});

describe('order decider', () => {
  it('places an order whose planned day lies in the future', () => {
    given(orderDecider, []).when(place()).then([placed]);
  });

  it.each([0, 4, 1.5])('priority must be 1–3 (refuses %p)', (priority) => {
    given(orderDecider, []).when(place({ priority })).thenThrows('ORDER.INVALID_PRIORITY', 'invalid');
  });

  it('the day placed may not lie after today', () => {
    given(orderDecider, [])
      .when(place({ placedOn: '2025-03-21' }))
      .thenThrows('DATE.IN_FUTURE', 'invalid');
  });

  it('the planned day may not lie before the day placed', () => {
    given(orderDecider, [])
      .when(place({ plannedDeliveryDate: '2025-03-17' }))
      .thenThrows('ORDER.PLANNED_BEFORE_PLACED', 'invalid');
  });

  it('refuses a planned day that does not exist', () => {
    given(orderDecider, [])
      .when(place({ plannedDeliveryDate: '2025-02-30' }))
      .thenThrows('DATE.INVALID', 'invalid');
  });

  it('an order is placed once', () => {
    given(orderDecider, [placed]).when(place()).thenThrows('ORDER.ALREADY_PLACED', 'conflict');
  });

  it('reschedules a placed order, remembering the previous planned day', () => {
    given(orderDecider, [placed])
      .when(reschedule())
      .then([
        {
          type: 'OrderRescheduled',
          data: {
            orderId,
            plannedDeliveryDate: '2025-03-27',
            previousPlannedDeliveryDate: '2025-03-25',
            reason: 'agreed with the recipient',
          },
        },
      ]);
  });

  it('does nothing when rescheduled to the day already planned', () => {
    given(orderDecider, [placed]).when(reschedule('2025-03-25')).then([]);
  });

  it('a cancelled order cannot be rescheduled', () => {
    given(orderDecider, [placed, cancelled]).when(reschedule()).thenThrows('ORDER.CANCELLED', 'conflict');
  });

  it('a fulfilled order cannot be rescheduled', () => {
    const error = given(orderDecider, [placed, fulfilled]).when(reschedule()).thenThrows('ORDER.FULFILLED');
    expect(error.message).toBe('Order is fulfilled; it cannot be rescheduled');
  });

  it('an unknown order cannot be rescheduled', () => {
    given(orderDecider, []).when(reschedule()).thenThrows('ORDER.NOT_FOUND', 'not_found');
  });

  it('cancels a placed order', () => {
    given(orderDecider, [placed]).when(cancel).then([cancelled]);
  });

  it('does nothing when an order is cancelled again', () => {
    given(orderDecider, [placed, cancelled]).when(cancel).then([]);
  });

  it('a fulfilled order cannot be cancelled', () => {
    given(orderDecider, [placed, fulfilled]).when(cancel).thenThrows('ORDER.FULFILLED');
  });

  it('fulfils a placed order with the delivered aid', () => {
    given(orderDecider, [placed]).when(fulfil()).then([fulfilled]);
  });

  it('does nothing when fulfilled again with the same aid', () => {
    given(orderDecider, [placed, fulfilled]).when(fulfil()).then([]);
  });

  it('a fulfilled order cannot be fulfilled by another aid', () => {
    given(orderDecider, [placed, fulfilled]).when(fulfil('a-2')).thenThrows('ORDER.FULFILLED');
  });

  it('a cancelled order cannot be fulfilled', () => {
    given(orderDecider, [placed, cancelled]).when(fulfil()).thenThrows('ORDER.CANCELLED');
  });

  it('an order cannot be fulfilled before it was placed', () => {
    given(orderDecider, [placed]).when(fulfil('a-1', '2025-03-17')).thenThrows('ORDER.DATE_BEFORE_PREVIOUS');
  });

  it('orderView shows the planned day as rescheduled and the status', () => {
    const rescheduled: OrderEvent = {
      type: 'OrderRescheduled',
      data: { orderId, plannedDeliveryDate: '2025-03-27', previousPlannedDeliveryDate: '2025-03-25', reason: 'x' },
    };
    expect(orderView(orderDecider.initialState())).toBeNull();
    expect(orderView(given(orderDecider, [placed, rescheduled]).state)).toEqual({
      ...placed.data,
      plannedDeliveryDate: '2025-03-27',
      status: 'placed',
    });
    expect(orderView(given(orderDecider, [placed, fulfilled]).state)).toMatchObject({
      status: 'fulfilled',
      assetId: 'a-1',
      deliveredOn: '2025-03-20',
    });
  });

  describe('reopening after a reversed delivery', () => {
    const reopen = (assetId = 'a-1', reason = 'delivered on the wrong aid'): OrderCommand => ({
      type: 'ReopenOrder',
      data: { orderId, assetId, reason, today },
    });
    const reopened: OrderEvent = {
      type: 'OrderReopened',
      data: { orderId, assetId: 'a-1', reason: 'delivered on the wrong aid' },
    };

    it('reopens an order fulfilled by the aid whose delivery was reversed', () => {
      given(orderDecider, [placed, fulfilled]).when(reopen()).then([reopened]);
    });

    it('a reopened order waits for an aid again and can be fulfilled by another', () => {
      const state = given(orderDecider, [placed, fulfilled, reopened]);
      expect(orderView(state.state)?.status).toBe('placed');
      state
        .when(fulfil('a-2'))
        .then([{ type: 'OrderFulfilled', data: { orderId, assetId: 'a-2', deliveredOn: '2025-03-20' } }]);
    });

    it('does nothing when the order is open already (sent again after a crash)', () => {
      given(orderDecider, [placed, fulfilled, reopened]).when(reopen()).then([]);
      given(orderDecider, [placed]).when(reopen()).then([]);
    });

    it('leaves an order fulfilled by another aid as it is', () => {
      given(orderDecider, [placed, fulfilled]).when(reopen('a-2')).then([]);
    });

    it('needs a reason', () => {
      given(orderDecider, [placed, fulfilled]).when(reopen('a-1', ' ')).thenThrows('ORDER.REASON_REQUIRED', 'invalid');
    });
  });
});
