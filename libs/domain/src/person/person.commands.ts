import type { CommandInput } from '../shared/references.js';
import type { Message, Today } from '../shared/decider.js';
import type { PersonMoved, PersonnummerClaimed, PersonRegistered } from './person.events.js';

/** `personnummer` in any written form (10 or 12 digits, with or without separator); `today` dates the 10-digit form. */
export type RegisterPerson = Message<
  'RegisterPerson',
  Pick<PersonRegistered['data'], 'personId' | 'personnummer' | 'sex' | 'municipality'> & Today
>;
export type MovePerson = Message<'MovePerson', Omit<PersonMoved['data'], 'fromMunicipality'> & Today>;

export type PersonCommand = RegisterPerson | MovePerson;

/** Claims a personnummer for one person on its claim stream (keyed by a hash of the number). */
export type ClaimPersonnummer = Message<'ClaimPersonnummer', PersonnummerClaimed['data']>;

export type PersonnummerClaimCommand = ClaimPersonnummer;

export type PersonCommandInput = CommandInput<PersonCommand, 'personId'>;
