import type { Message } from '../shared/decider.js';

/** Who is invoiced: a municipality or a unit of the region (huvudman/kund). */
export type PayerKind = 'municipality' | 'region';

/** `municipality` names the municipality a municipal payer pays for; null for a region unit. */
export type PayerRegistered = Message<
  'PayerRegistered',
  { payerId: string; name: string; kind: PayerKind; municipality: string | null }
>;

export type PayerEvent = PayerRegistered;

export const payerStream = (payerId: string): string => `payer-${payerId}`;
