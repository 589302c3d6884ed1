import { given } from '../testing/decider-spec.js';
import type { CancelFitting, CompleteFitting, OfferFitting, RequestFitting } from './fitting.commands.js';
import { fittingDecider } from './fitting.decider.js';
import type { FittingEvent } from './fitting.events.js';

const fittingId = 'f1';
const today = '2025-03-20';
const person = { personId: 'p1', municipality: 'Västerås' };

const request = (overrides: Partial<RequestFitting['data']> = {}): RequestFitting => ({
  type: 'RequestFitting',
  data: {
    fittingId,
    personId: 'p1',
    isoCode: '12 22 03',
    prescriberId: 'FS-1042',
    requestedOn: '2025-03-03',
    person,
    today,
    ...overrides,
  },
});
const offer = (overrides: Partial<OfferFitting['data']> = {}): OfferFitting => ({
  type: 'OfferFitting',
  data: { fittingId, offeredOn: '2025-03-10', appointmentOn: '2025-03-25', today, ...overrides },
});
const complete = (overrides: Partial<CompleteFitting['data']> = {}): CompleteFitting => ({
  type: 'CompleteFitting',
  data: { fittingId, completedOn: '2025-03-20', today, ...overrides },
});
const cancel = (overrides: Partial<CancelFitting['data']> = {}): CancelFitting => ({
  type: 'CancelFitting',
  data: { fittingId, today, ...overrides },
});

const requested: FittingEvent = {
  type: 'FittingRequested',
  data: { fittingId, personId: 'p1', isoCode: '12 22 03', prescriberId: 'FS-1042', requestedOn: '2025-03-03' },
};
const offered: FittingEvent = {
  type: 'FittingOffered',
  data: { fittingId, offeredOn: '2025-03-10', appointmentOn: '2025-03-25' },
};
const completed: FittingEvent = { type: 'FittingCompleted', data: { fittingId, completedOn: '2025-03-20' } };
const cancelled: FittingEvent = {
  type: 'FittingCancelled',
  data: { fittingId, cancelledOn: today, reason: 'Moved out of the region' },
};

describe('fitting decider', () => {
  describe('request', () => {
    it('records a request for a registered person', () => {
      given(fittingDecider, []).when(request()).then([requested]);
    });

    it('the request day is not after today', () => {
      given(fittingDecider, [])
        .when(request({ requestedOn: '2025-03-21' }))
        .thenThrows('DATE.IN_FUTURE', 'invalid');
    });

    it('the request day is a real day', () => {
      given(fittingDecider, [])
        .when(request({ requestedOn: '2025-02-30' }))
        .thenThrows('DATE.INVALID', 'invalid');
    });

    it('names an ISO class and a prescriber', () => {
      given(fittingDecider, [])
        .when(request({ isoCode: ' ' }))
        .thenThrows('FITTING.INVALID', 'invalid');
      given(fittingDecider, [])
        .when(request({ prescriberId: '' }))
        .thenThrows('FITTING.INVALID', 'invalid');
    });

    it('does nothing when the same request is made again', () => {
      given(fittingDecider, [requested]).when(request()).then([]);
    });

    it('requesting it again with other facts is a conflict', () => {
      given(fittingDecider, [requested])
        .when(request({ requestedOn: '2025-03-04' }))
        .thenThrows('FITTING.ALREADY_REQUESTED', 'conflict');
    });
  });

  describe('offer', () => {
    it('offers an appointment while requested; the appointment may lie ahead', () => {
      given(fittingDecider, [requested]).when(offer()).then([offered]);
    });

    it('an unknown fitting is not found', () => {
      given(fittingDecider, []).when(offer()).thenThrows('FITTING.NOT_FOUND', 'not_found');
    });

    it('the offer day is not after today', () => {
      given(fittingDecider, [requested])
        .when(offer({ offeredOn: '2025-03-21', appointmentOn: '2025-03-25' }))
        .thenThrows('DATE.IN_FUTURE', 'invalid');
    });

    it('the offer is not before the request', () => {
      given(fittingDecider, [requested])
        .when(offer({ offeredOn: '2025-03-02' }))
        .thenThrows('FITTING.DATE_BEFORE_REQUEST', 'conflict');
    });

    it('the appointment is not before the offer', () => {
      given(fittingDecider, [requested])
        .when(offer({ appointmentOn: '2025-03-09' }))
        .thenThrows('FITTING.APPOINTMENT_BEFORE_OFFER', 'invalid');
    });

    it('does nothing when the same offer is made again', () => {
      given(fittingDecider, [requested, offered]).when(offer()).then([]);
    });

    it('offering again with other facts is a conflict', () => {
      given(fittingDecider, [requested, offered])
        .when(offer({ appointmentOn: '2025-03-26' }))
        .thenThrows('FITTING.ALREADY_OFFERED', 'conflict');
    });

    it('a completed or cancelled fitting is not offered', () => {
      given(fittingDecider, [requested, offered, completed]).when(offer()).thenThrows('FITTING.COMPLETED', 'conflict');
      given(fittingDecider, [requested, cancelled]).when(offer()).thenThrows('FITTING.CANCELLED', 'conflict');
    });
  });

  describe('complete', () => {
    it('completes an offered fitting', () => {
      given(fittingDecider, [requested, offered]).when(complete()).then([completed]);
    });

    it('completes only after an offer', () => {
      given(fittingDecider, [requested]).when(complete()).thenThrows('FITTING.NOT_OFFERED', 'conflict');
    });

    it('the completion day is not after today nor before the offer', () => {
      given(fittingDecider, [requested, offered])
        .when(complete({ completedOn: '2025-03-21' }))
        .thenThrows('DATE.IN_FUTURE', 'invalid');
      given(fittingDecider, [requested, offered])
        .when(complete({ completedOn: '2025-03-09' }))
        .thenThrows('FITTING.DATE_BEFORE_REQUEST', 'conflict');
    });

    it('does nothing when completed again on the same day; another day is a conflict', () => {
      given(fittingDecider, [requested, offered, completed]).when(complete()).then([]);
      given(fittingDecider, [requested, offered, completed])
        .when(complete({ completedOn: '2025-03-19' }))
        .thenThrows('FITTING.ALREADY_COMPLETED', 'conflict');
    });

    it('a cancelled fitting is not completed', () => {
      given(fittingDecider, [requested, offered, cancelled])
        .when(complete())
        .thenThrows('FITTING.CANCELLED', 'conflict');
    });

    it('an unknown fitting is not found', () => {
      given(fittingDecider, []).when(complete()).thenThrows('FITTING.NOT_FOUND', 'not_found');
    });
  });

  describe('cancel', () => {
    it('cancels a requested fitting today, with or without a reason', () => {
      given(fittingDecider, [requested])
        .when(cancel({ reason: 'Moved out of the region' }))
        .then([cancelled]);
      given(fittingDecider, [requested])
        .when(cancel())
        .then([{ type: 'FittingCancelled', data: { fittingId, cancelledOn: today, reason: null } }]);
    });

    it('cancels an offered fitting on an earlier day', () => {
      given(fittingDecider, [requested, offered])
        .when(cancel({ cancelledOn: '2025-03-12' }))
        .then([{ type: 'FittingCancelled', data: { fittingId, cancelledOn: '2025-03-12', reason: null } }]);
    });

    it('a completed fitting is not cancelled', () => {
      given(fittingDecider, [requested, offered, completed]).when(cancel()).thenThrows('FITTING.COMPLETED', 'conflict');
    });

    it('the cancellation day is not after today nor before what was recorded', () => {
      given(fittingDecider, [requested])
        .when(cancel({ cancelledOn: '2025-03-21' }))
        .thenThrows('DATE.IN_FUTURE', 'invalid');
      given(fittingDecider, [requested, offered])
        .when(cancel({ cancelledOn: '2025-03-09' }))
        .thenThrows('FITTING.DATE_BEFORE_REQUEST', 'conflict');
    });

    it('does nothing when cancelled again with the same reason; another reason is a conflict', () => {
      given(fittingDecider, [requested, cancelled])
        .when(cancel({ reason: 'Moved out of the region' }))
        .then([]);
      given(fittingDecider, [requested, cancelled])
        .when(cancel({ reason: 'Deceased' }))
        .thenThrows('FITTING.ALREADY_CANCELLED', 'conflict');
    });

    it('an unknown fitting is not found', () => {
      given(fittingDecider, []).when(cancel()).thenThrows('FITTING.NOT_FOUND', 'not_found');
    });
  });
});
