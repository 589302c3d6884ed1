import { hash } from 'node:crypto';
import type { Decider, Message } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';

/**
 * An aid's unit number (what its label prints and staff read aloud on the phone): six symbols and a check
 * symbol, e.g. `4KX7P2C`. The alphabet has no letters that look like digits (O, I, L, B, S, Z, G), no U/V and no
 * Å, Ä, Ö (a keyboard-wedge scanner types them wrong under another keyboard layout). 23 symbols, a prime: the
 * check symbol makes the weighted sum 0 mod 23 with distinct weights, so every single wrong symbol and every
 * swap of two symbols is caught.
 */
export const UNIT_NUMBER_ALPHABET = '0123456789ACEFHJKMNPRWX';
const BASE = UNIT_NUMBER_ALPHABET.length;
const BODY_LENGTH = 6;
const BODIES = BASE ** BODY_LENGTH;

const valueOf = (symbol: string): number => UNIT_NUMBER_ALPHABET.indexOf(symbol);

/** Weight of the check symbol 1, of the body's symbols 2…7. */
const weightedSum = (body: string): number =>
  [...body].reduce((sum, symbol, index) => sum + (index + 2) * valueOf(symbol), 0);

const checkSymbol = (body: string): string => UNIT_NUMBER_ALPHABET[(BASE - (weightedSum(body) % BASE)) % BASE];

/** The unit number of the body's index (0 ≤ index < 23^6), check symbol appended. */
export const unitNumberOf = (index: number): string => {
  let body = '';
  for (let rest = index, n = 0; n < BODY_LENGTH; n++, rest = Math.floor(rest / BASE))
    body = UNIT_NUMBER_ALPHABET[rest % BASE] + body;
  return body + checkSymbol(body);
};

const SHAPE = new RegExp(`^[${UNIT_NUMBER_ALPHABET}]{${BODY_LENGTH + 1}}$`);

export const isUnitNumber = (text: string): boolean =>
  typeof text === 'string' && SHAPE.test(text) && checkSymbol(text.slice(0, BODY_LENGTH)) === text[BODY_LENGTH];

/**
 * The unit number as someone typed or read it: case, spaces and dashes do not matter, and O, I and L are read as
 * the digits they look like. Null when it is no unit number (wrong shape or check symbol).
 */
export const parseUnitNumber = (text: string): string | null => {
  const normalised = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return isUnitNumber(normalised) ? normalised : null;
};

/**
 * The unit numbers an aid tries, in order, until it claims one no other aid holds: derived from the asset id, so
 * a receipt retried after a crash tries the same numbers and finds its own claim first.
 */
export const unitNumberCandidate = (assetId: string, attempt: number): string => {
  const digest = hash('sha256', `unit-number\u0000${assetId}\u0000${attempt}`, 'buffer');
  return unitNumberOf(digest.readUIntBE(0, 6) % BODIES);
};

/**
 * Uniqueness of a unit number: a claim stream per number appended with expected revision `no_stream`, so of two
 * receipts that try the same number one wins and the other tries its next candidate.
 */
export type UnitNumberClaimed = Message<'UnitNumberClaimed', { unitNumber: string; assetId: string }>;
export type UnitNumberClaimEvent = UnitNumberClaimed;
export type ClaimUnitNumber = Message<'ClaimUnitNumber', UnitNumberClaimed['data']>;
export type UnitNumberClaimState = { status: 'unclaimed' } | { status: 'claimed'; assetId: string };

export const unitNumberClaimStream = (unitNumber: string): string => `unitnumber-${unitNumber}`;

export const unitNumberClaimDecider: Decider<ClaimUnitNumber, UnitNumberClaimEvent, UnitNumberClaimState> = {
  initialState: () => ({ status: 'unclaimed' }),
  evolve: (_state, event) => ({ status: 'claimed', assetId: event.data.assetId }),
  decide: ({ data }, state) => {
    if (!isUnitNumber(data.unitNumber))
      throw new DomainError('ASSET.INVALID_UNIT_NUMBER', `${data.unitNumber} is not a unit number`, 'invalid', {
        field: 'unitNumber',
      });
    if (state.status === 'unclaimed') return [{ type: 'UnitNumberClaimed', data }];
    // The same aid claiming again (a retried receipt) does nothing.
    if (state.assetId === data.assetId) return [];
    throw new DomainError(
      'ASSET.UNIT_NUMBER_TAKEN',
      `Unit number ${data.unitNumber} belongs to another aid`,
      'conflict',
      {
        unitNumber: data.unitNumber,
      },
    );
  },
};
