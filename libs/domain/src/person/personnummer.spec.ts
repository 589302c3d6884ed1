import { luhnCheckDigit, parsePersonnummer } from './personnummer.js';

const today = '2025-06-18';
/** Completes yymmddnnn with its Luhn check digit. */
const withCheckDigit = (nineDigits: string): string => `${nineDigits}${luhnCheckDigit(nineDigits)}`;

describe('parsePersonnummer', () => {
  it('accepts a valid 12-digit number with and without separator', () => {
    const expected = { normalized: '191212121212', birthDate: '1912-12-12', birthYear: 1912, samordningsnummer: false };
    expect(parsePersonnummer('19121212-1212', today)).toEqual(expected);
    expect(parsePersonnummer('191212121212', today)).toEqual(expected);
  });

  it('normalises the 10- and 12-digit forms of one number to the same value', () => {
    const forms = ['811218-9876', '8112189876', '19811218-9876', '198112189876', ' 811218-9876 '];
    const normalized = forms.map((form) => parsePersonnummer(form, today)?.normalized);
    expect(new Set(normalized)).toEqual(new Set(['198112189876']));
  });

  it('takes the century of the 10-digit form from today: the person is under 100', () => {
    const recent = withCheckDigit('050101123');
    expect(parsePersonnummer(recent, today)?.birthYear).toBe(2005);
    expect(parsePersonnummer(withCheckDigit('300101123'), today)?.birthYear).toBe(1930);
  });

  it('puts a birthday later this year in the previous century', () => {
    const number = withCheckDigit('251224123');
    expect(parsePersonnummer(number, today)?.birthDate).toBe('1925-12-24');
    expect(parsePersonnummer(number, '2025-12-24')?.birthDate).toBe('2025-12-24');
  });

  it("reads '+' as a person aged 100 or more", () => {
    expect(parsePersonnummer('121212+1212', today)).toEqual({
      normalized: '191212121212',
      birthDate: '1912-12-12',
      birthYear: 1912,
      samordningsnummer: false,
    });
    expect(parsePersonnummer('121212-1212', today)?.birthYear).toBe(2012);
  });

  it("refuses '+' in the 12-digit form", () => {
    expect(parsePersonnummer('19121212+1212', today)).toBeNull();
  });

  it('refuses a wrong Luhn check digit', () => {
    expect(parsePersonnummer('19121212-1213', today)).toBeNull();
    expect(parsePersonnummer('811218-9875', today)).toBeNull();
  });

  it('refuses a day that does not exist even with a correct check digit', () => {
    const impossible = withCheckDigit('250230123');
    expect(parsePersonnummer(`20${impossible}`, today)).toBeNull();
    expect(parsePersonnummer(impossible, today)).toBeNull();
    expect(parsePersonnummer(withCheckDigit('011301123'), today)).toBeNull();
    expect(parsePersonnummer(withCheckDigit('230229123'), today)).toBeNull();
    expect(parsePersonnummer(withCheckDigit('240229123'), today)?.birthDate).toBe('2024-02-29');
  });

  it('accepts a samordningsnummer (day + 60) and keeps its written day in the normalised form', () => {
    const number = withCheckDigit('701063239');
    expect(parsePersonnummer(number, today)).toEqual({
      normalized: `19${number}`,
      birthDate: '1970-10-03',
      birthYear: 1970,
      samordningsnummer: true,
    });
    expect(parsePersonnummer(`19${number.slice(0, 6)}-${number.slice(6)}`, today)?.normalized).toBe(`19${number}`);
  });

  it('refuses a samordningsnummer whose day minus 60 does not exist', () => {
    expect(parsePersonnummer(withCheckDigit('700292123'), today)).toBeNull();
  });

  it('refuses a birth date after today', () => {
    expect(parsePersonnummer(`20${withCheckDigit('300101123')}`, today)).toBeNull();
  });

  it.each(['', '12345', '19121212-12123', 'abcdefghij', '1912-12-12-1212', '121212 1212', '121212--1212'])(
    'refuses malformed input %p',
    (input) => {
      expect(parsePersonnummer(input, today)).toBeNull();
    },
  );
});
