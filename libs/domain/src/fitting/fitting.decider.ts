import { requireIsoDay, requireNotBefore, requirePastDay, requireText } from '../shared/business-day.js';
import { byType, unreachable, type Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import type {
  CancelFitting,
  CompleteFitting,
  FittingCommand,
  OfferFitting,
  RequestFitting,
} from './fitting.commands.js';
import type { FittingEvent, FittingOffered, FittingRequested } from './fitting.events.js';

type Requested = FittingRequested['data'];
type Offer = Omit<FittingOffered['data'], 'fittingId'>;

export type FittingState =
  | { status: 'initial' }
  | (Requested & { status: 'requested' })
  | (Requested & Offer & { status: 'offered' })
  | (Requested & Offer & { status: 'completed'; completedOn: string })
  | (Requested & { status: 'cancelled'; offer: Offer | null; cancelledOn: string; reason: string | null });

export type FittingStatus = Exclude<FittingState['status'], 'initial'>;
type KnownFitting = Exclude<FittingState, { status: 'initial' }>;

const refuse = (fitting: KnownFitting, code: string, verb: string): DomainError =>
  new DomainError(code, `Fitting is ${fitting.status}; it cannot be ${verb}`, 'conflict', { status: fitting.status });

const otherFacts = (code: string, what: string): DomainError =>
  new DomainError(code, `The fitting is already ${what} with other facts`, 'conflict', {});

const requireKnown = (state: FittingState, fittingId: string): KnownFitting => {
  if (state.status === 'initial') {
    throw new DomainError('FITTING.NOT_FOUND', `Fitting ${fittingId} is not requested`, 'not_found', { fittingId });
  }
  return state;
};

/** The last business day the fitting recorded: later days may not lie before it. */
const lastDay = (fitting: KnownFitting): string => {
  switch (fitting.status) {
    case 'requested':
      return fitting.requestedOn;
    case 'offered':
      return fitting.offeredOn;
    case 'completed':
      return fitting.completedOn;
    case 'cancelled':
      return fitting.cancelledOn;
  }
};

const request = ({ data }: RequestFitting, state: FittingState): FittingEvent[] => {
  requirePastDay('requestedOn', data.requestedOn, data.today);
  requireText('FITTING.INVALID', 'isoCode', data.isoCode);
  requireText('FITTING.INVALID', 'prescriberId', data.prescriberId);
  const requested: Requested = {
    fittingId: data.fittingId,
    personId: data.person.personId,
    isoCode: data.isoCode.trim(),
    prescriberId: data.prescriberId.trim(),
    requestedOn: data.requestedOn,
  };
  if (state.status !== 'initial') {
    // The same request again (a retry without its key) does nothing; other facts are a conflict.
    const same =
      state.personId === requested.personId &&
      state.isoCode === requested.isoCode &&
      state.prescriberId === requested.prescriberId &&
      state.requestedOn === requested.requestedOn;
    if (same) return [];
    throw otherFacts('FITTING.ALREADY_REQUESTED', 'requested');
  }
  return [{ type: 'FittingRequested', data: requested }];
};

const offer = ({ data }: OfferFitting, state: FittingState): FittingEvent[] => {
  requirePastDay('offeredOn', data.offeredOn, data.today);
  // The appointment is agreed ahead: it is the one day that may lie after today.
  requireIsoDay('appointmentOn', data.appointmentOn);
  const fitting = requireKnown(state, data.fittingId);
  if (fitting.status === 'offered') {
    if (fitting.offeredOn === data.offeredOn && fitting.appointmentOn === data.appointmentOn) return [];
    throw otherFacts('FITTING.ALREADY_OFFERED', 'offered');
  }
  if (fitting.status === 'completed') throw refuse(fitting, 'FITTING.COMPLETED', 'offered');
  if (fitting.status === 'cancelled') throw refuse(fitting, 'FITTING.CANCELLED', 'offered');
  requireNotBefore('FITTING.DATE_BEFORE_REQUEST', 'offeredOn', data.offeredOn, fitting.requestedOn);
  if (data.appointmentOn < data.offeredOn) {
    throw new DomainError(
      'FITTING.APPOINTMENT_BEFORE_OFFER',
      `appointmentOn ${data.appointmentOn} lies before the offer on ${data.offeredOn}`,
      'invalid',
      { field: 'appointmentOn' },
    );
  }
  const { fittingId, offeredOn, appointmentOn } = data;
  return [{ type: 'FittingOffered', data: { fittingId, offeredOn, appointmentOn } }];
};

const complete = ({ data }: CompleteFitting, state: FittingState): FittingEvent[] => {
  requirePastDay('completedOn', data.completedOn, data.today);
  const fitting = requireKnown(state, data.fittingId);
  if (fitting.status === 'completed') {
    if (fitting.completedOn === data.completedOn) return [];
    throw otherFacts('FITTING.ALREADY_COMPLETED', 'completed');
  }
  if (fitting.status === 'requested') throw refuse(fitting, 'FITTING.NOT_OFFERED', 'completed before an offer');
  if (fitting.status === 'cancelled') throw refuse(fitting, 'FITTING.CANCELLED', 'completed');
  requireNotBefore('FITTING.DATE_BEFORE_REQUEST', 'completedOn', data.completedOn, lastDay(fitting));
  return [{ type: 'FittingCompleted', data: { fittingId: data.fittingId, completedOn: data.completedOn } }];
};

const cancel = ({ data }: CancelFitting, state: FittingState): FittingEvent[] => {
  const fitting = requireKnown(state, data.fittingId);
  const reason = data.reason?.trim() || null;
  if (fitting.status === 'cancelled') {
    // Cancelling again does nothing, unless it tells another story.
    const sameDay = data.cancelledOn === undefined || data.cancelledOn === fitting.cancelledOn;
    if (sameDay && reason === fitting.reason) return [];
    throw otherFacts('FITTING.ALREADY_CANCELLED', 'cancelled');
  }
  const cancelledOn = data.cancelledOn ?? data.today;
  requirePastDay('cancelledOn', cancelledOn, data.today);
  if (fitting.status === 'completed') throw refuse(fitting, 'FITTING.COMPLETED', 'cancelled');
  requireNotBefore('FITTING.DATE_BEFORE_REQUEST', 'cancelledOn', cancelledOn, lastDay(fitting));
  return [{ type: 'FittingCancelled', data: { fittingId: data.fittingId, cancelledOn, reason } }];
};

const decide = byType<FittingCommand, FittingState, FittingEvent[]>({
  RequestFitting: request,
  OfferFitting: offer,
  CompleteFitting: complete,
  CancelFitting: cancel,
});

const requestOf = ({ fittingId, personId, isoCode, prescriberId, requestedOn }: KnownFitting): Requested => ({
  fittingId,
  personId,
  isoCode,
  prescriberId,
  requestedOn,
});

const evolve = (state: FittingState, event: FittingEvent): FittingState => {
  if (event.type === 'FittingRequested') return { ...event.data, status: 'requested' };
  if (state.status === 'initial') return state;
  switch (event.type) {
    case 'FittingOffered': {
      const { offeredOn, appointmentOn } = event.data;
      return { ...requestOf(state), status: 'offered', offeredOn, appointmentOn };
    }
    case 'FittingCompleted': {
      if (state.status !== 'offered') return state;
      const { offeredOn, appointmentOn } = state;
      return {
        ...requestOf(state),
        status: 'completed',
        offeredOn,
        appointmentOn,
        completedOn: event.data.completedOn,
      };
    }
    case 'FittingCancelled': {
      const offered =
        state.status === 'offered' ? { offeredOn: state.offeredOn, appointmentOn: state.appointmentOn } : null;
      const { cancelledOn, reason } = event.data;
      return { ...requestOf(state), status: 'cancelled', offer: offered, cancelledOn, reason };
    }
    default:
      return unreachable(event, 'fitting event');
  }
};

export const fittingDecider: Decider<FittingCommand, FittingEvent, FittingState> = {
  initialState: () => ({ status: 'initial' }),
  evolve,
  decide,
};
