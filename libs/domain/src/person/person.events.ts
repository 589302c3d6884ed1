import type { Message } from '../shared/decider.js';

export type Sex = 'female' | 'male' | 'other';

/** `personnummer` is personal data: the normalised 12-digit form, never logged. */
export type PersonRegistered = Message<
  'PersonRegistered',
  { personId: string; personnummer: string; sex: Sex; birthYear: number; municipality: string }
>;
/** The aid follows the person; the receiving municipality becomes the payer. */
export type PersonMoved = Message<
  'PersonMoved',
  { personId: string; fromMunicipality: string; toMunicipality: string; movedOn: string }
>;

export type PersonEvent = PersonRegistered | PersonMoved;

/**
 * Uniqueness of a personnummer: a claim stream per personnummer key appended with
 * expected revision `no_stream`, so two concurrent registrations cannot both win.
 */
export type PersonnummerClaimed = Message<'PersonnummerClaimed', { personId: string }>;

export const personStream = (personId: string): string => `person-${personId}`;
/** `key` is a keyed hash of the personnummer so the stream name carries no personal data. */
export const personnummerClaimStream = (key: string): string => `personnummer-${key}`;
