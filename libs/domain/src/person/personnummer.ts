import { isValidIsoDay } from '../shared/iso-day.js';

export type Personnummer = {
  /** 12 digits, no separator; a samordningsnummer keeps its day + 60. */
  normalized: string;
  birthDate: string;
  birthYear: number;
  samordningsnummer: boolean;
};

const twelveDigits = /^(\d{4})(\d{2})(\d{2})-?(\d{4})$/;
const tenDigits = /^(\d{2})(\d{2})(\d{2})([-+]?)(\d{4})$/;

/** Luhn over the 10-digit form: weights 2,1,2,1,… on the first nine digits give the tenth. */
export const luhnCheckDigit = (nineDigits: string): number => {
  let sum = 0;
  for (let index = 0; index < 9; index++) {
    const product = Number(nineDigits[index]) * (index % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
};

const pad = (value: number, length: number): string => String(value).padStart(length, '0');

/**
 * Parses a Swedish personal identity number written with 12 or 10 digits, with or
 * without `-` (or `+` in the 10-digit form for people aged 100 or more). The 10-digit
 * form takes its century from `today`. Returns null for anything that is not valid;
 * never echo the input in an error, it is personal data.
 */
export const parsePersonnummer = (input: string, today: string): Personnummer | null => {
  if (typeof input !== 'string' || !isValidIsoDay(today)) return null;
  const written = input.trim();
  let year: number;
  let month: number;
  let writtenDay: number;
  let serial: string;

  const long = twelveDigits.exec(written);
  const short = long ? null : tenDigits.exec(written);
  if (long) {
    [year, month, writtenDay, serial] = [Number(long[1]), Number(long[2]), Number(long[3]), long[4]];
  } else if (short) {
    const yy = Number(short[1]);
    [month, writtenDay, serial] = [Number(short[2]), Number(short[3]), short[5]];
    const day = writtenDay > 60 ? writtenDay - 60 : writtenDay;
    const todayYear = Number(today.slice(0, 4));
    // The latest year ending in yy whose birthday is not after today; '+' adds a century of age.
    year = todayYear - ((((todayYear - yy) % 100) + 100) % 100);
    if (`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` > today) year -= 100;
    if (short[4] === '+') year -= 100;
  } else {
    return null;
  }

  const samordningsnummer = writtenDay > 60;
  const day = samordningsnummer ? writtenDay - 60 : writtenDay;
  const birthDate = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  if (!isValidIsoDay(birthDate) || birthDate > today) return null;

  const tenDigitForm = `${pad(year % 100, 2)}${pad(month, 2)}${pad(writtenDay, 2)}${serial}`;
  if (luhnCheckDigit(tenDigitForm.slice(0, 9)) !== Number(tenDigitForm[9])) return null;

  return {
    normalized: `${pad(year, 4)}${pad(month, 2)}${pad(writtenDay, 2)}${serial}`,
    birthDate,
    birthYear: year,
    samordningsnummer,
  };
};
