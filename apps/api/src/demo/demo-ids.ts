import { v5 as uuidV5 } from 'uuid';
import { luhnCheckDigit, type Sex } from '@aidledger/domain';
import type { SeededRandom } from './seeded-random.js';

/** Namespace of every id the demo history derives from its seed. */
const DEMO_NAMESPACE = '3f0c6a52-7d1e-5b8a-9c4f-1e2d3a4b5c6d';

/** The same seed, kind and ordinal always give the same id. */
export const demoId = (seed: number, kind: string, ordinal: number): string =>
  uuidV5(`${seed}:${kind}:${ordinal}`, DEMO_NAMESPACE);

const pad = (value: number, length: number): string => String(value).padStart(length, '0');

/**
 * A valid 12-digit personnummer that no earlier call with the same `used` set returned. Users of aids are
 * mostly old: birth years lean towards 1925–1960. The ninth digit is odd for men and even for women.
 */
export const demoPersonnummer = (random: SeededRandom, sex: Sex, used: Set<string>): string => {
  for (;;) {
    const year = random.chance(0.75) ? random.int(1925, 1960) : random.int(1961, 2018);
    const month = random.int(1, 12);
    const day = random.int(1, new Date(Date.UTC(year, month, 0)).getUTCDate());
    // One narrow series of birth numbers (980–999), so demo numbers are easy to tell; they are generated, with
    // made-up names and addresses, so no real person's details are ever put together.
    const serial = random.int(98, 99);
    const genderDigit = sex === 'male' ? random.pick([1, 3, 5, 7, 9]) : random.pick([0, 2, 4, 6, 8]);
    const nine = `${pad(year % 100, 2)}${pad(month, 2)}${pad(day, 2)}${pad(serial, 2)}${genderDigit}`;
    const number = `${pad(Math.floor(year / 100), 2)}${nine}${luhnCheckDigit(nine)}`;
    if (!used.has(number)) {
      used.add(number);
      return number;
    }
  }
};
