import type { CommandInput } from '../shared/references.js';
import type { Sex } from './person.events.js';

/** `personnummer` in any written form (10 or 12 digits, with or without separator); `today` dates the 10-digit form. */
export type RegisterPerson = {
  type: 'RegisterPerson';
  data: { personId: string; personnummer: string; sex: Sex; municipality: string; today: string };
};

export type MovePerson = {
  type: 'MovePerson';
  data: { personId: string; toMunicipality: string; movedOn: string; today: string };
};

export type PersonCommand = RegisterPerson | MovePerson;

/** Claims a personnummer for one person on its claim stream (keyed by a hash of the number). */
export type ClaimPersonnummer = {
  type: 'ClaimPersonnummer';
  data: { personId: string };
};

export type PersonnummerClaimCommand = ClaimPersonnummer;

export type PersonCommandInput = CommandInput<PersonCommand, 'personId'>;
