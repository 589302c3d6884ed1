import { latestDay, requireIsoDay, requireNotBefore, requirePastDay, requireText } from '../shared/business-day.js';
import { byType, type Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import type { ArticleFacts } from '../shared/references.js';
import type { ConsumableStockCommand } from './consumable-stock.commands.js';
import type { ConsumableStockEvent } from './consumable-stock.events.js';

export type ConsumableStockState =
  | { status: 'initial' }
  | { status: 'stocked'; articleNo: string; location: string; quantity: number; lastBusinessDay: string };

const requireQuantity = (field: string, quantity: number): void => {
  if (!Number.isInteger(quantity) || quantity <= 0) {
    throw new DomainError('STOCK.INVALID_QUANTITY', `${field} must be a whole number above 0`, 'invalid', { field });
  }
};

const quantityOf = (state: ConsumableStockState): number => (state.status === 'stocked' ? state.quantity : 0);
const lastDayOf = (state: ConsumableStockState): string | null =>
  state.status === 'stocked' ? state.lastBusinessDay : null;

/** The quantity on hand never goes below zero. */
const requireOnHand = (state: ConsumableStockState, taken: number): void => {
  const onHand = quantityOf(state);
  if (taken > onHand) {
    throw new DomainError('STOCK.INSUFFICIENT', `Only ${onHand} on hand; ${taken} cannot be taken`, 'conflict', {
      onHand,
      requested: taken,
    });
  }
};

const requireInOrder = (field: string, day: string, state: ConsumableStockState): void =>
  requireNotBefore('STOCK.DATE_BEFORE_PREVIOUS', field, day, lastDayOf(state));

/** Only a consumable article has a stock counted in quantities. */
const requireConsumable = ({ articleNo, kind }: ArticleFacts): void => {
  if (kind !== 'consumable') {
    throw new DomainError(
      'ARTICLE.NOT_CONSUMABLE',
      `Article ${articleNo} is an individual aid, not a consumable`,
      'conflict',
      {
        articleNo,
      },
    );
  }
};

type Stock = ConsumableStockState;

const decisions = byType<ConsumableStockCommand, Stock, ConsumableStockEvent[]>({
  ReceiveConsumables: ({ data }, state) => {
    const { articleNo, location, quantity, receivedOn, today } = data;
    requirePastDay('receivedOn', receivedOn, today);
    requireQuantity('quantity', quantity);
    requireInOrder('receivedOn', receivedOn, state);
    return [{ type: 'ConsumablesReceived', data: { articleNo, location, quantity, receivedOn } }];
  },
  DeliverConsumables: ({ data }, state) => {
    const { articleNo, location, quantity, orderId, order, deliveredOn, today } = data;
    if (order.articleNo !== articleNo) {
      throw new DomainError(
        'ORDER.OTHER_ARTICLE',
        `Order ${orderId} is for article ${order.articleNo}, not ${articleNo}`,
        'conflict',
        { articleNo: order.articleNo },
      );
    }
    const { plannedDeliveryDate } = order;
    requirePastDay('deliveredOn', deliveredOn, today);
    requireIsoDay('plannedDeliveryDate', plannedDeliveryDate);
    requireQuantity('quantity', quantity);
    requireOnHand(state, quantity);
    requireInOrder('deliveredOn', deliveredOn, state);
    return [
      {
        type: 'ConsumablesDelivered',
        data: { articleNo, location, quantity, orderId, plannedDeliveryDate, deliveredOn },
      },
    ];
  },
  AdjustConsumables: ({ data }, state) => {
    const { articleNo, location, quantityChange, reason, adjustedOn, today } = data;
    requirePastDay('adjustedOn', adjustedOn, today);
    if (!Number.isInteger(quantityChange) || quantityChange === 0) {
      throw new DomainError('STOCK.INVALID_QUANTITY', 'quantityChange must be a whole number other than 0', 'invalid', {
        field: 'quantityChange',
      });
    }
    requireText('STOCK.REASON_REQUIRED', 'reason', reason);
    if (quantityChange < 0) requireOnHand(state, -quantityChange);
    requireInOrder('adjustedOn', adjustedOn, state);
    return [{ type: 'ConsumablesAdjusted', data: { articleNo, location, quantityChange, reason, adjustedOn } }];
  },
});

const decide = (command: ConsumableStockCommand, state: Stock): ConsumableStockEvent[] => {
  requireConsumable(command.data.article);
  return decisions(command, state);
};

/** Every event moves the quantity on hand; the business day only forwards. */
const change = byType<ConsumableStockEvent, void, [number, string]>({
  ConsumablesReceived: ({ data }) => [data.quantity, data.receivedOn],
  ConsumablesDelivered: ({ data }) => [-data.quantity, data.deliveredOn],
  ConsumablesAdjusted: ({ data }) => [data.quantityChange, data.adjustedOn],
});

const evolve = (state: Stock, event: ConsumableStockEvent): Stock => {
  const [quantity, day] = change(event, undefined);
  return {
    status: 'stocked',
    articleNo: event.data.articleNo,
    location: event.data.location,
    quantity: quantityOf(state) + quantity,
    lastBusinessDay: latestDay(lastDayOf(state), day),
  };
};

export const consumableStockDecider: Decider<ConsumableStockCommand, ConsumableStockEvent, ConsumableStockState> = {
  initialState: () => ({ status: 'initial' }),
  evolve,
  decide,
};
