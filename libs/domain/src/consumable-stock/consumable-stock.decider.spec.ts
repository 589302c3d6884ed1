import { given } from '../testing/decider-spec.js';
import type { ArticleFacts, OrderFacts } from '../shared/references.js';
import type { ConsumableStockCommand } from './consumable-stock.commands.js';
import { consumableStockDecider } from './consumable-stock.decider.js';
import type { ConsumableStockEvent } from './consumable-stock.events.js';

const today = '2025-03-20';
const stock = { articleNo: 'INK-1', location: 'VAS' };
const received: ConsumableStockEvent = {
  type: 'ConsumablesReceived',
  data: { ...stock, quantity: 10, receivedOn: '2025-03-10' },
};
const consumable: ArticleFacts = { articleNo: 'INK-1', kind: 'consumable' };
const receive = (quantity = 10, receivedOn = '2025-03-10'): ConsumableStockCommand => ({
  type: 'ReceiveConsumables',
  data: { ...stock, article: consumable, quantity, receivedOn, today },
});
const orderOf = (articleNo = 'INK-1'): OrderFacts => ({
  orderId: 'o-1',
  status: 'placed',
  personId: 'p-1',
  articleNo,
  plannedDeliveryDate: '2025-03-13',
  municipality: 'Västerås',
});
const deliver = (quantity: number, deliveredOn = '2025-03-12', order = orderOf()): ConsumableStockCommand => ({
  type: 'DeliverConsumables',
  data: { ...stock, article: consumable, quantity, orderId: 'o-1', order, deliveredOn, today },
});
const adjust = (quantityChange: number, reason = 'stocktaking'): ConsumableStockCommand => ({
  type: 'AdjustConsumables',
  data: { ...stock, article: consumable, quantityChange, reason, adjustedOn: '2025-03-12', today },
});

describe('consumable stock decider', () => {
  it('receives consumables', () => {
    given(consumableStockDecider, []).when(receive()).then([received]);
  });

  it('receives only a whole positive quantity', () => {
    given(consumableStockDecider, []).when(receive(0)).thenThrows('STOCK.INVALID_QUANTITY', 'invalid');
    given(consumableStockDecider, []).when(receive(2.5)).thenThrows('STOCK.INVALID_QUANTITY', 'invalid');
  });

  it('delivers against an order with the planned and the actual day', () => {
    given(consumableStockDecider, [received])
      .when(deliver(4))
      .then([
        {
          type: 'ConsumablesDelivered',
          data: { ...stock, quantity: 4, orderId: 'o-1', plannedDeliveryDate: '2025-03-13', deliveredOn: '2025-03-12' },
        },
      ]);
  });

  it('delivers only against an order of the same article', () => {
    const error = given(consumableStockDecider, [received])
      .when(deliver(4, '2025-03-12', orderOf('INK-2')))
      .thenThrows('ORDER.OTHER_ARTICLE', 'conflict');
    expect(error.details).toEqual({ articleNo: 'INK-2' });
  });

  it.each<[string, ConsumableStockCommand]>([
    ['received', receive()],
    ['delivered', deliver(1)],
    ['adjusted', adjust(1)],
  ])('only a consumable article has a stock: an individual one cannot be %s', (_verb, command) => {
    const individual = { ...command, data: { ...command.data, article: { articleNo: 'INK-1', kind: 'individual' } } };
    given(consumableStockDecider, [received])
      .when(individual as ConsumableStockCommand)
      .thenThrows('ARTICLE.NOT_CONSUMABLE', 'conflict');
  });

  it('the quantity never goes below zero on delivery', () => {
    const error = given(consumableStockDecider, [received])
      .when(deliver(11))
      .thenThrows('STOCK.INSUFFICIENT', 'conflict');
    expect(error.details).toEqual({ onHand: 10, requested: 11 });
  });

  it('delivering from a stock never received is insufficient', () => {
    given(consumableStockDecider, []).when(deliver(1)).thenThrows('STOCK.INSUFFICIENT');
  });

  it('adjusts with a reason, up or down', () => {
    given(consumableStockDecider, [received])
      .when(adjust(-3))
      .then([
        {
          type: 'ConsumablesAdjusted',
          data: { ...stock, quantityChange: -3, reason: 'stocktaking', adjustedOn: '2025-03-12' },
        },
      ]);
  });

  it('the quantity never goes below zero on adjustment', () => {
    const delivered = consumableStockDecider.decide(deliver(8), given(consumableStockDecider, [received]).state);
    given(consumableStockDecider, [received, ...delivered])
      .when(adjust(-3))
      .thenThrows('STOCK.INSUFFICIENT');
  });

  it('an adjustment needs a reason and a non-zero change', () => {
    given(consumableStockDecider, [received]).when(adjust(-1, '')).thenThrows('STOCK.REASON_REQUIRED', 'invalid');
    given(consumableStockDecider, [received]).when(adjust(0)).thenThrows('STOCK.INVALID_QUANTITY', 'invalid');
  });

  it('a delivery may not lie before the previous business day of the stock', () => {
    given(consumableStockDecider, [received]).when(deliver(1, '2025-03-09')).thenThrows('STOCK.DATE_BEFORE_PREVIOUS');
  });

  it('a delivery day may not lie after today', () => {
    given(consumableStockDecider, [received]).when(deliver(1, '2025-03-21')).thenThrows('DATE.IN_FUTURE', 'invalid');
  });

  it('keeps the quantity on hand across events', () => {
    const { state } = given(consumableStockDecider, [
      received,
      { type: 'ConsumablesAdjusted', data: { ...stock, quantityChange: 5, reason: 'found', adjustedOn: '2025-03-11' } },
    ]);
    expect(state).toMatchObject({ status: 'stocked', quantity: 15 });
  });
});
