import type { Message } from '../shared/decider.js';

export type Sex = 'female' | 'male' | 'other';
export type Housing = 'ordinary' | 'specialHousing' | 'lss';
export type Address = { street: string; postalCode: string; city: string };

/** How to reach a person. All of it is personal data; `protectedIdentity` (skyddad identitet) says how to handle it. */
export type ContactDetails = {
  name: string;
  address: Address;
  phone: string | null;
  deliveryNotes: string | null;
  protectedIdentity: boolean;
};

/**
 * `personnummer` is personal data: the normalised 12-digit form, stored encrypted, never logged. `sex` is null
 * when not recorded (the incumbent system's records lack it for some persons): the statistics count it as unknown.
 */
export type PersonRegistered = Message<
  'PersonRegistered',
  { personId: string; personnummer: string; sex: Sex | null; birthYear: number; municipality: string }
>;
/** The aid follows the person; the receiving municipality becomes the payer. */
export type PersonMoved = Message<
  'PersonMoved',
  { personId: string; fromMunicipality: string; toMunicipality: string; movedOn: string }
>;
export type PersonContactChanged = Message<'PersonContactChanged', { personId: string } & ContactDetails>;
export type PersonHousingChanged = Message<
  'PersonHousingChanged',
  { personId: string; housing: Housing; previousHousing: Housing | null; changedOn: string }
>;
/**
 * The person's key is deleted with this event (crypto-shredding): every encrypted field of the stream reads as
 * erased from then on. Sex, birth year and municipality stay, for the statistics.
 */
export type PersonErased = Message<'PersonErased', { personId: string; reason: string; erasedOn: string }>;

export type PersonEvent = PersonRegistered | PersonMoved | PersonContactChanged | PersonHousingChanged | PersonErased;

/**
 * The fields of each event that are personal data: stored encrypted with the person's own key, so that
 * deleting the key erases them everywhere they were written.
 */
export const PERSONAL_DATA_FIELDS: Readonly<Record<string, readonly string[]>> = {
  PersonRegistered: ['personnummer'],
  PersonContactChanged: ['name', 'address', 'phone', 'deliveryNotes'],
};

/**
 * Uniqueness of a personnummer: a claim stream per personnummer key appended with
 * expected revision `no_stream`, so two concurrent registrations cannot both win.
 */
export type PersonnummerClaimed = Message<'PersonnummerClaimed', { personId: string }>;
/** An erased person's number is free again: a new registration claims it anew. */
export type PersonnummerReleased = Message<'PersonnummerReleased', { personId: string }>;
export type PersonnummerClaimEvent = PersonnummerClaimed | PersonnummerReleased;

export const personStream = (personId: string): string => `person-${personId}`;
/** `key` is a keyed hash (HMAC) of the personnummer so the stream name carries no personal data. */
export const personnummerClaimStream = (key: string): string => `personnummer-${key}`;
