import type { Message } from '../shared/decider.js';

/** A prescriber asks the centre to fit an aid of ISO class `isoCode` for a person (utprovning). */
export type FittingRequested = Message<
  'FittingRequested',
  { fittingId: string; personId: string; isoCode: string; prescriberId: string; requestedOn: string }
>;
/** The person is offered an appointment: the board's KPI counts the day of the offer, not of the appointment. */
export type FittingOffered = Message<'FittingOffered', { fittingId: string; offeredOn: string; appointmentOn: string }>;
export type FittingCompleted = Message<'FittingCompleted', { fittingId: string; completedOn: string }>;
/** `reason` is null when none was given. */
export type FittingCancelled = Message<
  'FittingCancelled',
  { fittingId: string; cancelledOn: string; reason: string | null }
>;

export type FittingEvent = FittingRequested | FittingOffered | FittingCompleted | FittingCancelled;

export const fittingStream = (fittingId: string): string => `fitting-${fittingId}`;
