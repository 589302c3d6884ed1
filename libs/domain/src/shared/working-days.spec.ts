import Holidays from 'date-holidays';
import {
  addSwedishWorkingDays,
  isSwedishWorkingDay,
  isWithinWorkingDays,
  swedishNonWorkingHolidays,
} from './working-days.js';
import { isValidIsoDay } from './iso-day.js';

describe('Swedish working days', () => {
  it('counts the 5 working days of the DESIGN example around midsommarafton', () => {
    expect(isSwedishWorkingDay('2025-06-20')).toBe(false);
    expect(addSwedishWorkingDays('2025-06-18', 5)).toBe('2025-06-26');
    expect(isWithinWorkingDays('2025-06-18', '2025-06-26', 5)).toBe(true);
    expect(isWithinWorkingDays('2025-06-18', '2025-06-27', 5)).toBe(false);
  });

  it('does not count the reporting day itself', () => {
    expect(addSwedishWorkingDays('2025-03-03', 1)).toBe('2025-03-04');
    expect(addSwedishWorkingDays('2025-03-03', 0)).toBe('2025-03-03');
  });

  it('skips weekends', () => {
    expect(isSwedishWorkingDay('2025-03-08')).toBe(false);
    expect(isSwedishWorkingDay('2025-03-09')).toBe(false);
    expect(addSwedishWorkingDays('2025-03-07', 1)).toBe('2025-03-10');
  });

  it('skips Easter 2025: Good Friday and Easter Monday', () => {
    expect(isSwedishWorkingDay('2025-04-17')).toBe(true);
    expect(isSwedishWorkingDay('2025-04-18')).toBe(false);
    expect(isSwedishWorkingDay('2025-04-21')).toBe(false);
    expect(addSwedishWorkingDays('2025-04-17', 1)).toBe('2025-04-22');
  });

  it('skips Christmas to New Year 2025/26 including julafton, nyårsafton and Epiphany', () => {
    for (const day of ['2025-12-24', '2025-12-25', '2025-12-26', '2025-12-31', '2026-01-01', '2026-01-06']) {
      expect(isSwedishWorkingDay(day)).toBe(false);
    }
    expect(isSwedishWorkingDay('2025-12-23')).toBe(true);
    expect(isSwedishWorkingDay('2025-12-29')).toBe(true);
    expect(isSwedishWorkingDay('2026-01-02')).toBe(true);
    // Tue 23 Dec → Mon 29, Tue 30, Fri 2 Jan, Mon 5, Wed 7
    expect(addSwedishWorkingDays('2025-12-23', 5)).toBe('2026-01-07');
  });

  it('skips Ascension Day and the National Day', () => {
    expect(isSwedishWorkingDay('2025-05-29')).toBe(false);
    expect(isSwedishWorkingDay('2025-06-06')).toBe(false);
    expect(isSwedishWorkingDay('2025-05-30')).toBe(true);
    expect(isSwedishWorkingDay('2024-06-06')).toBe(false);
  });

  it('keeps ordinary eves such as skärtorsdagen, valborgsmässoafton and trettondagsafton as working days', () => {
    expect(isSwedishWorkingDay('2025-04-17')).toBe(true);
    expect(isSwedishWorkingDay('2025-04-30')).toBe(true);
    expect(isSwedishWorkingDay('2024-01-05')).toBe(true);
  });

  it("finds midsommarafton on the same day as date-holidays' 'bank' listing across years", () => {
    const library = new Holidays('SE');
    for (let year = 2000; year <= 2040; year++) {
      const eves = library
        .getHolidays(year)
        .filter((holiday) => holiday.type === 'bank')
        .map((holiday) => holiday.date.slice(0, 10));
      const ours = swedishNonWorkingHolidays(year);
      for (const eve of eves) expect(ours.has(eve)).toBe(true);
    }
  });

  it('counts backwards with a negative number of working days', () => {
    expect(addSwedishWorkingDays('2025-06-26', -5)).toBe('2025-06-18');
  });

  it('refuses a day that does not exist', () => {
    expect(() => isSwedishWorkingDay('2025-02-30')).toThrow(RangeError);
  });
});

describe('isValidIsoDay', () => {
  it.each(['2025-01-01', '2024-02-29', '2000-02-29', '2025-12-31'])('accepts %s', (day) => {
    expect(isValidIsoDay(day)).toBe(true);
  });

  it.each([
    '2025-02-30',
    '2025-02-29',
    '1900-02-29',
    '2025-13-01',
    '2025-00-10',
    '2025-04-31',
    '2025-1-01',
    '20250101',
    '',
    'x',
  ])('refuses %s', (day) => {
    expect(isValidIsoDay(day)).toBe(false);
  });
});
