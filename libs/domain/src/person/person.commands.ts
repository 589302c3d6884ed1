import type { Message, Today, WithOptional } from '../shared/decider.js';
import type { CommandInput } from '../shared/references.js';
import type {
  ContactDetails,
  Sex,
  Housing,
  PersonErased,
  PersonMoved,
  PersonnummerClaimed,
  PersonRegistered,
} from './person.events.js';

/** Contact details as a sender gives them: phone and notes may be left out. */
export type ContactInput = WithOptional<ContactDetails, 'phone' | 'deliveryNotes'>;

/**
 * `personnummer` in any written form (10 or 12 digits, with or without separator); `today` dates the 10-digit
 * form. Contact details may come with the registration; `sex` may be left out when not recorded.
 */
export type RegisterPerson = Message<
  'RegisterPerson',
  Pick<PersonRegistered['data'], 'personId' | 'personnummer' | 'municipality'> & {
    sex?: Sex | null;
    contact?: ContactInput;
  } & Today
>;
/** A move may be registered afterwards (back-dated), but not before the previous one. */
export type MovePerson = Message<'MovePerson', Omit<PersonMoved['data'], 'fromMunicipality'> & Today>;
export type ChangeContactDetails = Message<'ChangeContactDetails', { personId: string } & ContactInput & Today>;
/** Housing changes on a day that may lie in the past (registered afterwards). */
export type ChangeHousing = Message<'ChangeHousing', { personId: string; housing: Housing; changedOn: string } & Today>;
export type ErasePerson = Message<'ErasePerson', Omit<PersonErased['data'], 'erasedOn'> & Today>;

export type PersonCommand = RegisterPerson | MovePerson | ChangeContactDetails | ChangeHousing | ErasePerson;

/** Claims a personnummer for one person on its claim stream (keyed by a hash of the number). */
export type ClaimPersonnummer = Message<'ClaimPersonnummer', PersonnummerClaimed['data']>;
/** Before a person is erased: the number no longer leads to them. */
export type ReleasePersonnummer = Message<'ReleasePersonnummer', PersonnummerClaimed['data']>;

export type PersonnummerClaimCommand = ClaimPersonnummer | ReleasePersonnummer;

export type PersonCommandInput = CommandInput<PersonCommand, 'personId'>;
