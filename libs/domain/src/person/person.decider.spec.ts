import { given } from '../testing/decider-spec.js';
import type { PersonCommand } from './person.commands.js';
import { personDecider, personDetails, personnummerClaimDecider, personView } from './person.decider.js';
import type { ContactDetails, Housing, PersonEvent } from './person.events.js';

const today = '2025-03-20';
const register = (personnummer = '811218-9876'): PersonCommand => ({
  type: 'RegisterPerson',
  data: { personId: 'p-1', personnummer, sex: 'female', municipality: 'Västerås', today },
});
const registered: PersonEvent = {
  type: 'PersonRegistered',
  data: { personId: 'p-1', personnummer: '198112189876', sex: 'female', birthYear: 1981, municipality: 'Västerås' },
};
const contact: ContactDetails = {
  name: 'Karin Berg',
  address: { street: 'Storgatan 1', postalCode: '722 15', city: 'Västerås' },
  phone: '021-123 45 67',
  deliveryNotes: 'Ring 30 min innan',
  protectedIdentity: false,
};
const contactChanged: PersonEvent = { type: 'PersonContactChanged', data: { personId: 'p-1', ...contact } };
const changeContact = (change: Partial<ContactDetails> = {}): PersonCommand => ({
  type: 'ChangeContactDetails',
  data: { personId: 'p-1', ...contact, ...change, today },
});
const housingChanged: PersonEvent = {
  type: 'PersonHousingChanged',
  data: { personId: 'p-1', housing: 'specialHousing', previousHousing: null, changedOn: '2025-02-01' },
};
const changeHousing = (housing: Housing, changedOn: string): PersonCommand => ({
  type: 'ChangeHousing',
  data: { personId: 'p-1', housing, changedOn, today },
});
const erased: PersonEvent = {
  type: 'PersonErased',
  data: { personId: 'p-1', reason: 'Begäran om radering', erasedOn: today },
};
const erase = (reason = 'Begäran om radering'): PersonCommand => ({
  type: 'ErasePerson',
  data: { personId: 'p-1', reason, today },
});
const move = (toMunicipality = 'Köping', movedOn = '2025-03-10'): PersonCommand => ({
  type: 'MovePerson',
  data: { personId: 'p-1', toMunicipality, movedOn, today },
});

describe('person decider', () => {
  it('registers a person with the normalised personnummer and the birth year', () => {
    given(personDecider, []).when(register()).then([registered]);
  });

  it('a person whose sex is not recorded is registered with sex null, which the statistics count as unknown', () => {
    const { sex: _sex, ...withoutSex } = register().data as Extract<PersonCommand, { type: 'RegisterPerson' }>['data'];
    given(personDecider, [])
      .when({ type: 'RegisterPerson', data: withoutSex })
      .then([{ type: 'PersonRegistered', data: { ...registered.data, sex: null } } as PersonEvent]);
    given(personDecider, [])
      .when({ type: 'RegisterPerson', data: { ...withoutSex, sex: null } })
      .then([{ type: 'PersonRegistered', data: { ...registered.data, sex: null } } as PersonEvent]);
  });

  it('refuses a sex that is neither female, male nor other', () => {
    given(personDecider, [])
      .when({ ...register(), data: { ...register().data, sex: 'unknown' } } as unknown as PersonCommand)
      .thenThrows('PERSON.INVALID_SEX', 'invalid');
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

  describe('contact details', () => {
    it('registers a person with contact details, kept trimmed and with the postal code written 123 45', () => {
      given(personDecider, [])
        .when({
          ...register(),
          data: {
            ...register().data,
            contact: { ...contact, name: ' Karin Berg ', address: { ...contact.address, postalCode: '72215' } },
          },
        } as PersonCommand)
        .then([registered, contactChanged]);
    });

    it('changes the contact details of a registered person', () => {
      given(personDecider, [registered]).when(changeContact()).then([contactChanged]);
    });

    it('does nothing when the details are those on record', () => {
      given(personDecider, [registered, contactChanged]).when(changeContact()).then([]);
    });

    it.each<[string, Partial<ContactDetails>, string]>([
      ['a name', { name: ' ' }, 'PERSON.NAME_REQUIRED'],
      ['a street', { address: { street: '', postalCode: '722 15', city: 'Västerås' } }, 'PERSON.ADDRESS_REQUIRED'],
      [
        'a five-digit postal code',
        { address: { street: 'Storgatan 1', postalCode: '7221', city: 'Västerås' } },
        'PERSON.INVALID_POSTAL_CODE',
      ],
      ['a phone number that is one', { phone: 'ring mig' }, 'PERSON.INVALID_PHONE'],
    ])('needs %s', (_what, change, code) => {
      given(personDecider, [registered]).when(changeContact(change)).thenThrows(code, 'invalid');
    });

    it('never repeats a refused value in the error', () => {
      const error = given(personDecider, [registered])
        .when(changeContact({ phone: 'Storgatan 99' }))
        .thenThrows('PERSON.INVALID_PHONE');
      expect(JSON.stringify({ message: error.message, details: error.details })).not.toContain('Storgatan');
    });

    it('an unknown person has no contact details to change', () => {
      given(personDecider, []).when(changeContact()).thenThrows('PERSON.NOT_FOUND', 'not_found');
    });
  });

  describe('housing', () => {
    it('records a housing change on the day it happened, also afterwards', () => {
      given(personDecider, [registered]).when(changeHousing('specialHousing', '2025-02-01')).then([housingChanged]);
    });

    it('does nothing when the housing is already that', () => {
      given(personDecider, [registered, housingChanged]).when(changeHousing('specialHousing', '2025-03-01')).then([]);
    });

    it('a housing change may not lie before the previous one, nor after today', () => {
      given(personDecider, [registered, housingChanged])
        .when(changeHousing('lss', '2025-01-31'))
        .thenThrows('PERSON.DATE_BEFORE_PREVIOUS');
      given(personDecider, [registered]).when(changeHousing('lss', '2025-03-21')).thenThrows('DATE.IN_FUTURE');
    });

    it('knows only the three kinds of housing', () => {
      given(personDecider, [registered])
        .when(changeHousing('castle' as Housing, '2025-03-01'))
        .thenThrows('PERSON.INVALID_HOUSING', 'invalid');
    });
  });

  describe('erasure', () => {
    it('erases a person with a reason, on today', () => {
      given(personDecider, [registered, contactChanged]).when(erase()).then([erased]);
    });

    it('does nothing when already erased', () => {
      given(personDecider, [registered, erased]).when(erase()).then([]);
    });

    it('needs a reason', () => {
      given(personDecider, [registered]).when(erase(' ')).thenThrows('PERSON.REASON_REQUIRED', 'invalid');
    });

    it("an erased person's data can no longer be changed, nor the person moved", () => {
      const after = given(personDecider, [registered, contactChanged, erased]);
      after.when(changeContact()).thenThrows('PERSON.ERASED', 'conflict');
      after.when(move()).thenThrows('PERSON.ERASED', 'conflict');
      after.when(changeHousing('lss', '2025-03-01')).thenThrows('PERSON.ERASED', 'conflict');
    });

    it('keeps only what statistics may keep: sex, birth year and municipality', () => {
      const state = given(personDecider, [registered, contactChanged, erased]).state;
      expect(state).toEqual({
        status: 'erased',
        personId: 'p-1',
        sex: 'female',
        birthYear: 1981,
        municipality: 'Västerås',
        erasedOn: today,
      });
      expect(personView(state)).toBeNull();
      expect(personDetails(state)).toMatchObject({ status: 'erased', municipality: 'Västerås' });
    });
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

  it('releases the number of the person it leads to, so it may be claimed anew', () => {
    const released = { type: 'PersonnummerReleased' as const, data: { personId: 'p-1' } };
    given(personnummerClaimDecider, [claimed])
      .when({ type: 'ReleasePersonnummer', data: { personId: 'p-1' } })
      .then([released]);
    given(personnummerClaimDecider, [claimed, released])
      .when(claim('p-2'))
      .then([{ ...claimed, data: { personId: 'p-2' } }]);
  });

  it('does nothing when releasing a number that leads to someone else or no one', () => {
    given(personnummerClaimDecider, [claimed])
      .when({ type: 'ReleasePersonnummer', data: { personId: 'p-2' } })
      .then([]);
    given(personnummerClaimDecider, [])
      .when({ type: 'ReleasePersonnummer', data: { personId: 'p-1' } })
      .then([]);
  });

  it('a personnummer claimed by another person is refused with the existing id', () => {
    const error = given(personnummerClaimDecider, [claimed])
      .when(claim('p-2'))
      .thenThrows('PERSON.ALREADY_REGISTERED', 'conflict');
    expect(error.details).toEqual({ existingId: 'p-1' });
  });
});
