import { given } from '../testing/decider-spec.js';
import type { PersonCommand } from './person.commands.js';
import { personDecider, personnummerClaimDecider, personView } from './person.decider.js';
import type { PersonEvent } from './person.events.js';

const today = '2025-03-20';
const register = (personnummer = '811218-9876'): PersonCommand => ({
  type: 'RegisterPerson',
  data: { personId: 'p-1', personnummer, sex: 'female', municipality: 'Västerås', today },
});
const registered: PersonEvent = {
  type: 'PersonRegistered',
  data: { personId: 'p-1', personnummer: '198112189876', sex: 'female', birthYear: 1981, municipality: 'Västerås' },
};
const move = (toMunicipality = 'Köping', movedOn = '2025-03-10'): PersonCommand => ({
  type: 'MovePerson',
  data: { personId: 'p-1', toMunicipality, movedOn, today },
});

describe('person decider', () => {
  it('registers a person with the normalised personnummer and the birth year', () => {
    given(personDecider, []).when(register()).then([registered]);
  });

  it('refuses an invalid personnummer without repeating it', () => {
    const error = given(personDecider, [])
      .when(register('811218-9875'))
      .thenThrows('PERSON.INVALID_PERSONNUMMER', 'invalid');
    expect(JSON.stringify({ message: error.message, details: error.details })).not.toContain('811218');
  });

  it('a person registers once', () => {
    const error = given(personDecider, [registered])
      .when(register())
      .thenThrows('PERSON.ALREADY_REGISTERED', 'conflict');
    expect(error.details).toEqual({ existingId: 'p-1' });
  });

  it('moves a person to another municipality', () => {
    given(personDecider, [registered])
      .when(move())
      .then([
        {
          type: 'PersonMoved',
          data: { personId: 'p-1', fromMunicipality: 'Västerås', toMunicipality: 'Köping', movedOn: '2025-03-10' },
        },
      ]);
  });

  it('does nothing when moving to the municipality the person lives in', () => {
    given(personDecider, [registered]).when(move('Västerås')).then([]);
  });

  it('a move may not lie before the previous move', () => {
    const moved: PersonEvent = {
      type: 'PersonMoved',
      data: { personId: 'p-1', fromMunicipality: 'Västerås', toMunicipality: 'Köping', movedOn: '2025-03-10' },
    };
    given(personDecider, [registered, moved])
      .when(move('Sala', '2025-03-09'))
      .thenThrows('PERSON.DATE_BEFORE_PREVIOUS');
  });

  it('an unknown person cannot move', () => {
    given(personDecider, []).when(move()).thenThrows('PERSON.NOT_FOUND', 'not_found');
  });

  it('personView leaves the personnummer out', () => {
    const view = personView(given(personDecider, [registered]).state);
    expect(view).toEqual({ personId: 'p-1', sex: 'female', birthYear: 1981, municipality: 'Västerås' });
  });
});

describe('personnummer claim decider', () => {
  const claim = (personId: string) => ({ type: 'ClaimPersonnummer' as const, data: { personId } });
  const claimed = { type: 'PersonnummerClaimed' as const, data: { personId: 'p-1' } };

  it('claims an unclaimed personnummer', () => {
    given(personnummerClaimDecider, []).when(claim('p-1')).then([claimed]);
  });

  it('does nothing when the same person claims again', () => {
    given(personnummerClaimDecider, [claimed]).when(claim('p-1')).then([]);
  });

  it('a personnummer claimed by another person is refused with the existing id', () => {
    const error = given(personnummerClaimDecider, [claimed])
      .when(claim('p-2'))
      .thenThrows('PERSON.ALREADY_REGISTERED', 'conflict');
    expect(error.details).toEqual({ existingId: 'p-1' });
  });
});
