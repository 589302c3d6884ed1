import { latestDay, requireNotBefore, requirePastDay, requireText } from '../shared/business-day.js';
import { byType, unreachable, type Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import type {
  ChangeContactDetails,
  ContactInput,
  ChangeHousing,
  ErasePerson,
  MovePerson,
  PersonCommand,
  PersonnummerClaimCommand,
  RegisterPerson,
} from './person.commands.js';
import type { ContactDetails, Housing, PersonEvent, PersonnummerClaimEvent, Sex } from './person.events.js';
import { parsePersonnummer } from './personnummer.js';

type PersonFacts = { personId: string; sex: Sex | null; birthYear: number; municipality: string };

export type PersonState =
  | { status: 'initial' }
  | (PersonFacts & {
      status: 'registered';
      /** Personal data: never log it or put it in an error. */
      personnummer: string;
      lastMovedOn: string | null;
      contact: ContactDetails | null;
      housing: Housing | null;
      lastHousingChangeOn: string | null;
    })
  /** Only what the statistics may keep is left. */
  | (PersonFacts & { status: 'erased'; erasedOn: string });

type RegisteredPerson = Extract<PersonState, { status: 'registered' }>;

const sexes: readonly Sex[] = ['female', 'male', 'other'];
const housings: readonly Housing[] = ['ordinary', 'specialHousing', 'lss'];

const invalid = (code: string, field: string, message: string) => new DomainError(code, message, 'invalid', { field });

/** The person must be registered and not erased; an erased person's data can no longer be changed. */
const requireRegistered = (state: PersonState, personId: string): RegisteredPerson => {
  if (state.status === 'initial')
    throw new DomainError('PERSON.NOT_FOUND', `Person ${personId} is not registered`, 'not_found', { personId });
  if (state.status === 'erased')
    throw new DomainError('PERSON.ERASED', "The person's data was erased; it cannot be changed", 'conflict', {
      status: 'erased',
    });
  return state;
};

const POSTAL_CODE = /^(\d{3}) ?(\d{2})$/;
const PHONE = /^\+?[0-9][0-9 -]{5,19}$/;

/** Contact details as they are kept: trimmed, the postal code written `123 45`, empty optional fields as null. */
const validContact = (contact: ContactInput): ContactDetails => {
  const name = contact.name?.trim() ?? '';
  requireText('PERSON.NAME_REQUIRED', 'name', name);
  const street = contact.address?.street?.trim() ?? '';
  const city = contact.address?.city?.trim() ?? '';
  requireText('PERSON.ADDRESS_REQUIRED', 'address.street', street);
  requireText('PERSON.ADDRESS_REQUIRED', 'address.city', city);
  const postal = POSTAL_CODE.exec(contact.address?.postalCode?.trim() ?? '');
  if (!postal)
    throw invalid('PERSON.INVALID_POSTAL_CODE', 'address.postalCode', 'postalCode must be five digits, e.g. 722 15');
  const phone = contact.phone?.trim() || null;
  if (phone !== null && !PHONE.test(phone))
    throw invalid('PERSON.INVALID_PHONE', 'phone', 'phone must be a phone number: digits, spaces, - and a leading +');
  if (typeof contact.protectedIdentity !== 'boolean')
    throw invalid('PERSON.INVALID_CONTACT', 'protectedIdentity', 'protectedIdentity must be true or false');
  return {
    name,
    address: { street, postalCode: `${postal[1]} ${postal[2]}`, city },
    phone,
    deliveryNotes: contact.deliveryNotes?.trim() || null,
    protectedIdentity: contact.protectedIdentity,
  };
};

const sameContact = (a: ContactDetails | null, b: ContactDetails): boolean =>
  a !== null && JSON.stringify(a) === JSON.stringify(b);

const register = ({ data }: RegisterPerson, state: PersonState): PersonEvent[] => {
  const { personId, municipality, today } = data;
  const sex = data.sex ?? null;
  const parsed = parsePersonnummer(data.personnummer, today);
  // The message never repeats the number: it is personal data.
  if (!parsed)
    throw invalid(
      'PERSON.INVALID_PERSONNUMMER',
      'personnummer',
      'personnummer is not a valid Swedish personal identity number',
    );
  if (sex !== null && !sexes.includes(sex))
    throw invalid('PERSON.INVALID_SEX', 'sex', 'sex must be female, male or other, or left out when not recorded');
  requireText('PERSON.MUNICIPALITY_REQUIRED', 'municipality', municipality);
  const contact = data.contact ? validContact(data.contact) : null;
  if (state.status !== 'initial') {
    throw new DomainError('PERSON.ALREADY_REGISTERED', 'Person is already registered', 'conflict', {
      existingId: state.personId,
    });
  }
  const registered: PersonEvent = {
    type: 'PersonRegistered',
    data: { personId, personnummer: parsed.normalized, sex, birthYear: parsed.birthYear, municipality },
  };
  return contact ? [registered, { type: 'PersonContactChanged', data: { personId, ...contact } }] : [registered];
};

const move = ({ data }: MovePerson, state: PersonState): PersonEvent[] => {
  const { personId, toMunicipality, movedOn, today } = data;
  requirePastDay('movedOn', movedOn, today);
  requireText('PERSON.MUNICIPALITY_REQUIRED', 'toMunicipality', toMunicipality);
  const person = requireRegistered(state, personId);
  // Moving to the municipality the person already lives in does nothing.
  if (person.municipality === toMunicipality) return [];
  requireNotBefore('PERSON.DATE_BEFORE_PREVIOUS', 'movedOn', movedOn, person.lastMovedOn);
  return [{ type: 'PersonMoved', data: { personId, fromMunicipality: person.municipality, toMunicipality, movedOn } }];
};

const changeContact = ({ data }: ChangeContactDetails, state: PersonState): PersonEvent[] => {
  const { personId, today: _today, ...given } = data;
  const contact = validContact(given);
  const person = requireRegistered(state, personId);
  // The details already on record: nothing to change.
  if (sameContact(person.contact, contact)) return [];
  return [{ type: 'PersonContactChanged', data: { personId, ...contact } }];
};

const changeHousing = ({ data }: ChangeHousing, state: PersonState): PersonEvent[] => {
  const { personId, housing, changedOn, today } = data;
  requirePastDay('changedOn', changedOn, today);
  if (!housings.includes(housing))
    throw invalid('PERSON.INVALID_HOUSING', 'housing', 'housing must be ordinary, specialHousing or lss');
  const person = requireRegistered(state, personId);
  if (person.housing === housing) return [];
  requireNotBefore('PERSON.DATE_BEFORE_PREVIOUS', 'changedOn', changedOn, person.lastHousingChangeOn);
  return [{ type: 'PersonHousingChanged', data: { personId, housing, previousHousing: person.housing, changedOn } }];
};

const erase = ({ data }: ErasePerson, state: PersonState): PersonEvent[] => {
  const { personId, reason, today } = data;
  requireText('PERSON.REASON_REQUIRED', 'reason', reason);
  if (state.status === 'initial')
    throw new DomainError('PERSON.NOT_FOUND', `Person ${personId} is not registered`, 'not_found', { personId });
  // Erasing an erased person does nothing (the key is deleted again by the handler).
  if (state.status === 'erased') return [];
  return [{ type: 'PersonErased', data: { personId, reason, erasedOn: today } }];
};

const decide = byType<PersonCommand, PersonState, PersonEvent[]>({
  RegisterPerson: register,
  MovePerson: move,
  ChangeContactDetails: changeContact,
  ChangeHousing: changeHousing,
  ErasePerson: erase,
});

/**
 * After an erasure the personal fields of earlier events read as erased (their key is gone); the stream's
 * PersonErased leaves only the facts statistics may keep.
 */
const evolve = (state: PersonState, event: PersonEvent): PersonState => {
  if (event.type === 'PersonRegistered')
    return {
      status: 'registered',
      ...event.data,
      lastMovedOn: null,
      contact: null,
      housing: null,
      lastHousingChangeOn: null,
    };
  if (state.status === 'initial') return state;
  const { personId, sex, birthYear } = state;
  switch (event.type) {
    case 'PersonMoved':
      if (state.status === 'erased') return { ...state, municipality: event.data.toMunicipality };
      return {
        ...state,
        municipality: event.data.toMunicipality,
        lastMovedOn: latestDay(state.lastMovedOn, event.data.movedOn),
      };
    case 'PersonContactChanged': {
      if (state.status === 'erased') return state;
      const { personId: _personId, ...contact } = event.data;
      return { ...state, contact };
    }
    case 'PersonHousingChanged':
      if (state.status === 'erased') return state;
      return { ...state, housing: event.data.housing, lastHousingChangeOn: event.data.changedOn };
    case 'PersonErased':
      return {
        status: 'erased',
        personId,
        sex,
        birthYear,
        municipality: state.municipality,
        erasedOn: event.data.erasedOn,
      };
    default:
      return unreachable(event, 'person event');
  }
};

export const personDecider: Decider<PersonCommand, PersonEvent, PersonState> = {
  initialState: () => ({ status: 'initial' }),
  evolve,
  decide,
};

export type PersonnummerClaimState = { status: 'unclaimed' } | { status: 'claimed'; personId: string };

/**
 * A personnummer registers once whatever its written form: the claim stream is keyed by
 * the normalised number and appended with expected revision `no_stream`, so of two
 * concurrent registrations exactly one wins; the loser re-decides and gets the existing id.
 */
export const personnummerClaimDecider: Decider<
  PersonnummerClaimCommand,
  PersonnummerClaimEvent,
  PersonnummerClaimState
> = {
  initialState: () => ({ status: 'unclaimed' }),
  evolve: (_state, event) =>
    event.type === 'PersonnummerClaimed'
      ? { status: 'claimed', personId: event.data.personId }
      : { status: 'unclaimed' },
  decide: (command, state) => {
    const { personId } = command.data;
    if (command.type === 'ReleasePersonnummer')
      return state.status === 'claimed' && state.personId === personId
        ? [{ type: 'PersonnummerReleased', data: { personId } }]
        : [];
    if (state.status === 'unclaimed') return [{ type: 'PersonnummerClaimed', data: { personId } }];
    // The same person claiming again (a retried registration) does nothing.
    if (state.personId === personId) return [];
    throw new DomainError(
      'PERSON.ALREADY_REGISTERED',
      'A person with this personnummer is already registered',
      'conflict',
      {
        existingId: state.personId,
      },
    );
  },
};

/** The person as handlers need it; null when not registered or erased. Leaves the personnummer out. */
export const personView = (state: PersonState): PersonFacts | null =>
  state.status === 'registered'
    ? { personId: state.personId, sex: state.sex, birthYear: state.birthYear, municipality: state.municipality }
    : null;

/** The person as the person endpoint shows it: contact details while registered, erased afterwards. */
export type PersonDetails = PersonFacts &
  (
    | { status: 'registered'; contact: ContactDetails | null; housing: Housing | null }
    | { status: 'erased'; erasedOn: string }
  );

export const personDetails = (state: PersonState): PersonDetails | null => {
  if (state.status === 'initial') return null;
  const { personId, sex, birthYear, municipality } = state;
  return state.status === 'erased'
    ? { personId, sex, birthYear, municipality, status: 'erased', erasedOn: state.erasedOn }
    : { personId, sex, birthYear, municipality, status: 'registered', contact: state.contact, housing: state.housing };
};
