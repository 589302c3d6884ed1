import type { Message, WithOptional } from '../shared/decider.js';
import type { CommandInput } from '../shared/references.js';
import type { PayerRegistered } from './payer.events.js';

/** A region unit names no municipality, so it may be left out. */
export type RegisterPayer = Message<'RegisterPayer', WithOptional<PayerRegistered['data'], 'municipality'>>;

export type PayerCommand = RegisterPayer;

export type PayerCommandInput = CommandInput<PayerCommand, 'payerId'>;
