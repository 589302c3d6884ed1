import type { Message, Today, WithOptional } from '../shared/decider.js';
import type { CommandInput, PersonFacts, References } from '../shared/references.js';
import type { FittingCancelled, FittingCompleted, FittingOffered, FittingRequested } from './fitting.events.js';

/** `person` is added by the handler: the person must be registered. */
export type RequestFitting = Message<'RequestFitting', FittingRequested['data'] & { person: PersonFacts } & Today>;
export type OfferFitting = Message<'OfferFitting', FittingOffered['data'] & Today>;
export type CompleteFitting = Message<'CompleteFitting', FittingCompleted['data'] & Today>;
/** The day defaults to today; a reason may be given. */
export type CancelFitting = Message<
  'CancelFitting',
  WithOptional<Omit<FittingCancelled['data'], 'reason'>, 'cancelledOn'> & { reason?: string | null } & Today
>;

export type FittingCommand = RequestFitting | OfferFitting | CompleteFitting | CancelFitting;

/** A fitting is requested for a registered person. */
export const fittingCommandReferences: References<FittingCommand> = { RequestFitting: ['person'] };

export type FittingCommandInput = CommandInput<FittingCommand, 'fittingId'>;
