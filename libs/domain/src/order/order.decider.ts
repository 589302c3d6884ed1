import { latestDay, requireIsoDay, requireNotBefore, requirePastDay, requireText } from '../shared/business-day.js';
import { byType, unreachable, type Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import type {
  CancelOrder,
  FulfilOrder,
  OrderCommand,
  PlaceOrder,
  ReopenOrder,
  RescheduleOrder,
} from './order.commands.js';
import type { OrderEvent, OrderPlaced, Priority } from './order.events.js';

type OrderFacts = OrderPlaced['data'] & { lastBusinessDay: string };

export type OrderState =
  | { status: 'initial' }
  | (OrderFacts & { status: 'placed' })
  | (OrderFacts & { status: 'cancelled'; cancelledOn: string; reason: string })
  | (OrderFacts & { status: 'fulfilled'; assetId: string; deliveredOn: string });

export type OrderStatus = Exclude<OrderState['status'], 'initial'>;
type PlacedOrder = Exclude<OrderState, { status: 'initial' }>;

/** What command handlers need to know about an order (allocate, deliver, consumables). */
export type OrderView = Omit<OrderFacts, 'lastBusinessDay'> & {
  status: OrderStatus;
  assetId?: string;
  deliveredOn?: string;
};

const statusWords: Record<OrderStatus, string> = {
  placed: 'placed',
  cancelled: 'cancelled',
  fulfilled: 'fulfilled',
};

const refuse = (order: PlacedOrder, code: string, verb: string): DomainError =>
  new DomainError(code, `Order is ${statusWords[order.status]}; it cannot be ${verb}`, 'conflict', {
    status: order.status,
  });

const requirePlaced = (state: OrderState, orderId: string): PlacedOrder => {
  if (state.status === 'initial') {
    throw new DomainError('ORDER.NOT_FOUND', `Order ${orderId} is not placed`, 'not_found', { orderId });
  }
  return state;
};

const isPriority = (priority: number): priority is Priority => priority === 1 || priority === 2 || priority === 3;

const place = ({ data }: PlaceOrder, state: OrderState): OrderEvent[] => {
  const placedOn = data.placedOn ?? data.today;
  requirePastDay('placedOn', placedOn, data.today);
  // The planned day is agreed ahead: it is the one business day that may lie after today.
  requireIsoDay('plannedDeliveryDate', data.plannedDeliveryDate);
  const { priority } = data;
  if (!isPriority(priority)) {
    throw new DomainError('ORDER.INVALID_PRIORITY', 'priority must be 1, 2 or 3', 'invalid', { field: 'priority' });
  }
  if (data.plannedDeliveryDate < placedOn) {
    throw new DomainError(
      'ORDER.PLANNED_BEFORE_PLACED',
      `plannedDeliveryDate ${data.plannedDeliveryDate} lies before the order was placed on ${placedOn}`,
      'invalid',
      { field: 'plannedDeliveryDate' },
    );
  }
  if (state.status !== 'initial') {
    throw new DomainError('ORDER.ALREADY_PLACED', `Order ${data.orderId} is already ${state.status}`, 'conflict', {
      status: state.status,
    });
  }
  const { orderId, personId, articleNo, prescriberId, plannedDeliveryDate, municipality, payerId } = data;
  return [
    {
      type: 'OrderPlaced',
      data: {
        orderId,
        personId,
        articleNo,
        prescriberId,
        priority,
        plannedDeliveryDate,
        municipality,
        payerId,
        placedOn,
      },
    },
  ];
};

const reschedule = ({ data }: RescheduleOrder, state: OrderState): OrderEvent[] => {
  requireIsoDay('plannedDeliveryDate', data.plannedDeliveryDate);
  requireText('ORDER.REASON_REQUIRED', 'reason', data.reason);
  const order = requirePlaced(state, data.orderId);
  if (order.status === 'cancelled') throw refuse(order, 'ORDER.CANCELLED', 'rescheduled');
  if (order.status === 'fulfilled') throw refuse(order, 'ORDER.FULFILLED', 'rescheduled');
  // Agreeing the day already planned does nothing.
  if (order.plannedDeliveryDate === data.plannedDeliveryDate) return [];
  requireNotBefore('ORDER.PLANNED_BEFORE_PLACED', 'plannedDeliveryDate', data.plannedDeliveryDate, order.placedOn);
  return [
    {
      type: 'OrderRescheduled',
      data: {
        orderId: data.orderId,
        plannedDeliveryDate: data.plannedDeliveryDate,
        previousPlannedDeliveryDate: order.plannedDeliveryDate,
        reason: data.reason,
      },
    },
  ];
};

const cancel = ({ data }: CancelOrder, state: OrderState): OrderEvent[] => {
  const cancelledOn = data.cancelledOn ?? data.today;
  requirePastDay('cancelledOn', cancelledOn, data.today);
  requireText('ORDER.REASON_REQUIRED', 'reason', data.reason);
  const order = requirePlaced(state, data.orderId);
  // Cancelling a cancelled order does nothing.
  if (order.status === 'cancelled') return [];
  if (order.status === 'fulfilled') throw refuse(order, 'ORDER.FULFILLED', 'cancelled');
  requireNotBefore('ORDER.DATE_BEFORE_PREVIOUS', 'cancelledOn', cancelledOn, order.lastBusinessDay);
  return [{ type: 'OrderCancelled', data: { orderId: data.orderId, reason: data.reason, cancelledOn } }];
};

const fulfil = ({ data }: FulfilOrder, state: OrderState): OrderEvent[] => {
  requirePastDay('deliveredOn', data.deliveredOn, data.today);
  const order = requirePlaced(state, data.orderId);
  if (order.status === 'fulfilled') {
    // The process manager may deliver the same fulfilment twice: that does nothing.
    if (order.assetId === data.assetId) return [];
    throw refuse(order, 'ORDER.FULFILLED', 'fulfilled by another aid');
  }
  if (order.status === 'cancelled') throw refuse(order, 'ORDER.CANCELLED', 'fulfilled');
  requireNotBefore('ORDER.DATE_BEFORE_PREVIOUS', 'deliveredOn', data.deliveredOn, order.lastBusinessDay);
  const { orderId, assetId, deliveredOn } = data;
  return [{ type: 'OrderFulfilled', data: { orderId, assetId, deliveredOn } }];
};

const reopen = ({ data }: ReopenOrder, state: OrderState): OrderEvent[] => {
  requireText('ORDER.REASON_REQUIRED', 'reason', data.reason);
  const order = requirePlaced(state, data.orderId);
  // Only the fulfilment by the reversed aid is undone: an order already open again, or served by another aid since,
  // is left as it is, so the process manager may send this again after a crash.
  if (order.status !== 'fulfilled' || order.assetId !== data.assetId) return [];
  const { orderId, assetId, reason } = data;
  return [{ type: 'OrderReopened', data: { orderId, assetId, reason } }];
};

const decide = byType<OrderCommand, OrderState, OrderEvent[]>({
  PlaceOrder: place,
  RescheduleOrder: reschedule,
  CancelOrder: cancel,
  FulfilOrder: fulfil,
  ReopenOrder: reopen,
});

const factsOf = (order: PlacedOrder): OrderFacts => ({
  orderId: order.orderId,
  personId: order.personId,
  articleNo: order.articleNo,
  prescriberId: order.prescriberId,
  priority: order.priority,
  plannedDeliveryDate: order.plannedDeliveryDate,
  municipality: order.municipality,
  payerId: order.payerId,
  placedOn: order.placedOn,
  lastBusinessDay: order.lastBusinessDay,
});

const evolve = (state: OrderState, event: OrderEvent): OrderState => {
  if (event.type === 'OrderPlaced') return { ...event.data, status: 'placed', lastBusinessDay: event.data.placedOn };
  if (state.status === 'initial') return state;
  switch (event.type) {
    case 'OrderRescheduled':
      return { ...state, plannedDeliveryDate: event.data.plannedDeliveryDate };
    case 'OrderCancelled': {
      const { cancelledOn, reason } = event.data;
      return {
        ...factsOf(state),
        lastBusinessDay: latestDay(state.lastBusinessDay, cancelledOn),
        status: 'cancelled',
        cancelledOn,
        reason,
      };
    }
    case 'OrderFulfilled': {
      const { assetId, deliveredOn } = event.data;
      return {
        ...factsOf(state),
        lastBusinessDay: latestDay(state.lastBusinessDay, deliveredOn),
        status: 'fulfilled',
        assetId,
        deliveredOn,
      };
    }
    case 'OrderReopened':
      return { ...factsOf(state), status: 'placed' };
    default:
      return unreachable(event, 'order event');
  }
};

export const orderDecider: Decider<OrderCommand, OrderEvent, OrderState> = {
  initialState: () => ({ status: 'initial' }),
  evolve,
  decide,
};

/** The order as handlers need it; null when no order was placed. */
export const orderView = (state: OrderState): OrderView | null => {
  if (state.status === 'initial') return null;
  const { lastBusinessDay: _lastBusinessDay, ...facts } = factsOf(state);
  switch (state.status) {
    case 'placed':
    case 'cancelled':
      return { ...facts, status: state.status };
    case 'fulfilled':
      return { ...facts, status: state.status, assetId: state.assetId, deliveredOn: state.deliveredOn };
    default:
      return unreachable(state, 'order state');
  }
};
