import { latestDay, requireNotBefore, requirePastDay, requireText } from '../shared/business-day.js';
import { unreachable, type Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import type { PersonCommand, PersonnummerClaimCommand } from './person.commands.js';
import type { PersonEvent, PersonnummerClaimed, Sex } from './person.events.js';
import { parsePersonnummer } from './personnummer.js';

export type PersonState =
  | { status: 'initial' }
  | {
      status: 'registered';
      personId: string;
      /** Personal data: never log it or put it in an error. */
      personnummer: string;
      sex: Sex;
      birthYear: number;
      municipality: string;
      lastMovedOn: string | null;
    };

const sexes: readonly Sex[] = ['female', 'male', 'other'];

const decide = (command: PersonCommand, state: PersonState): PersonEvent[] => {
  switch (command.type) {
    case 'RegisterPerson': {
      const { personId, sex, municipality, today } = command.data;
      const parsed = parsePersonnummer(command.data.personnummer, today);
      // The message never repeats the number: it is personal data.
      if (!parsed) {
        throw new DomainError(
          'PERSON.INVALID_PERSONNUMMER',
          'personnummer is not a valid Swedish personal identity number',
          'invalid',
          {
            field: 'personnummer',
          },
        );
      }
      if (!sexes.includes(sex)) {
        throw new DomainError('PERSON.INVALID_SEX', 'sex must be female, male or other', 'invalid', { field: 'sex' });
      }
      requireText('PERSON.MUNICIPALITY_REQUIRED', 'municipality', municipality);
      if (state.status === 'registered') {
        throw new DomainError('PERSON.ALREADY_REGISTERED', 'Person is already registered', 'conflict', {
          existingId: state.personId,
        });
      }
      return [
        {
          type: 'PersonRegistered',
          data: { personId, personnummer: parsed.normalized, sex, birthYear: parsed.birthYear, municipality },
        },
      ];
    }
    case 'MovePerson': {
      const { personId, toMunicipality, movedOn, today } = command.data;
      requirePastDay('movedOn', movedOn, today);
      requireText('PERSON.MUNICIPALITY_REQUIRED', 'toMunicipality', toMunicipality);
      if (state.status === 'initial') {
        throw new DomainError('PERSON.NOT_FOUND', `Person ${personId} is not registered`, 'not_found', { personId });
      }
      // Moving to the municipality the person already lives in does nothing.
      if (state.municipality === toMunicipality) return [];
      requireNotBefore('PERSON.DATE_BEFORE_PREVIOUS', 'movedOn', movedOn, state.lastMovedOn);
      return [
        { type: 'PersonMoved', data: { personId, fromMunicipality: state.municipality, toMunicipality, movedOn } },
      ];
    }
    default:
      return unreachable(command, 'person command');
  }
};

const evolve = (state: PersonState, event: PersonEvent): PersonState => {
  switch (event.type) {
    case 'PersonRegistered':
      return { status: 'registered', ...event.data, lastMovedOn: null };
    case 'PersonMoved':
      if (state.status === 'initial') return state;
      return {
        ...state,
        municipality: event.data.toMunicipality,
        lastMovedOn: latestDay(state.lastMovedOn, event.data.movedOn),
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
export const personnummerClaimDecider: Decider<PersonnummerClaimCommand, PersonnummerClaimed, PersonnummerClaimState> =
  {
    initialState: () => ({ status: 'unclaimed' }),
    evolve: (_state, event) => ({ status: 'claimed', personId: event.data.personId }),
    decide: (command, state) => {
      if (state.status === 'unclaimed') {
        return [{ type: 'PersonnummerClaimed', data: { personId: command.data.personId } }];
      }
      // The same person claiming again (a retried registration) does nothing.
      if (state.personId === command.data.personId) return [];
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

/** The person as handlers need it; null when not registered. Leaves the personnummer out. */
export const personView = (
  state: PersonState,
): { personId: string; sex: Sex; birthYear: number; municipality: string } | null =>
  state.status === 'initial'
    ? null
    : { personId: state.personId, sex: state.sex, birthYear: state.birthYear, municipality: state.municipality };
