import * as fc from 'fast-check';
import { given } from '../testing/decider-spec.js';
import {
  isUnitNumber,
  parseUnitNumber,
  UNIT_NUMBER_ALPHABET,
  unitNumberCandidate,
  unitNumberClaimDecider,
  unitNumberOf,
} from './unit-number.js';

const BODIES = 23 ** 6;
const index = fc.integer({ min: 0, max: BODIES - 1 });

describe('unit numbers', () => {
  it('are seven symbols of the alphabet, the last a check symbol', () => {
    fc.assert(
      fc.property(index, (n) => {
        const unitNumber = unitNumberOf(n);
        expect(unitNumber).toMatch(/^[0-9ACEFHJKMNPRWX]{7}$/);
        expect(isUnitNumber(unitNumber)).toBe(true);
      }),
    );
  });

  it('the alphabet has no letter that looks like a digit and no Swedish letter', () => {
    expect(UNIT_NUMBER_ALPHABET).not.toMatch(/[OILBSZGUVÅÄÖ]/);
    expect(new Set(UNIT_NUMBER_ALPHABET).size).toBe(23);
  });

  it('distinct bodies give distinct numbers', () => {
    fc.assert(
      fc.property(index, index, (a, b) => {
        fc.pre(a !== b);
        expect(unitNumberOf(a)).not.toBe(unitNumberOf(b));
      }),
    );
  });

  it('catches every single wrong symbol', () => {
    fc.assert(
      fc.property(index, fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 22 }), (n, at, shift) => {
        const unitNumber = unitNumberOf(n);
        const wrong = UNIT_NUMBER_ALPHABET[(UNIT_NUMBER_ALPHABET.indexOf(unitNumber[at]) + shift) % 23];
        expect(isUnitNumber(unitNumber.slice(0, at) + wrong + unitNumber.slice(at + 1))).toBe(false);
      }),
    );
  });

  it('catches every swap of two different symbols', () => {
    fc.assert(
      fc.property(index, fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }), (n, i, j) => {
        const symbols = [...unitNumberOf(n)];
        if (symbols[i] === symbols[j]) return;
        [symbols[i], symbols[j]] = [symbols[j], symbols[i]];
        expect(isUnitNumber(symbols.join(''))).toBe(false);
      }),
    );
  });

  it('reads a number as people type it: lower case, spaces, dashes, O for 0 and I or L for 1', () => {
    const unitNumber = unitNumberOf(23 ** 5 + 1);
    expect(unitNumber.startsWith('10000')).toBe(true);
    expect(parseUnitNumber(` ${unitNumber.slice(0, 3)}-${unitNumber.slice(3).toLowerCase()} `)).toBe(unitNumber);
    expect(parseUnitNumber(`I${unitNumber.slice(1).replace(/0/g, 'o')}`)).toBe(unitNumber);
    expect(parseUnitNumber('SN-1')).toBeNull();
    expect(parseUnitNumber(`${unitNumber}0`)).toBeNull();
  });

  it('an aid tries the same candidates every time, different ones per attempt', () => {
    const assetId = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(unitNumberCandidate(assetId, 0)).toBe(unitNumberCandidate(assetId, 0));
    expect(unitNumberCandidate(assetId, 1)).not.toBe(unitNumberCandidate(assetId, 0));
    expect(isUnitNumber(unitNumberCandidate(assetId, 3))).toBe(true);
  });
});

describe('unit number claims', () => {
  const unitNumber = unitNumberOf(99);
  const claim = (assetId: string) => ({ type: 'ClaimUnitNumber' as const, data: { unitNumber, assetId } });
  const claimed = { type: 'UnitNumberClaimed' as const, data: { unitNumber, assetId: 'a-1' } };

  it('the first aid to claim a number gets it', () => {
    given(unitNumberClaimDecider, []).when(claim('a-1')).then([claimed]);
  });

  it('the same aid claiming again does nothing (a retried receipt)', () => {
    given(unitNumberClaimDecider, [claimed]).when(claim('a-1')).then([]);
  });

  it('another aid is refused the number, so it tries its next candidate', () => {
    given(unitNumberClaimDecider, [claimed]).when(claim('a-2')).thenThrows('ASSET.UNIT_NUMBER_TAKEN', 'conflict');
  });

  it('refuses to claim what is no unit number', () => {
    given(unitNumberClaimDecider, [])
      .when({ type: 'ClaimUnitNumber', data: { unitNumber: 'ABC', assetId: 'a-1' } })
      .thenThrows('ASSET.INVALID_UNIT_NUMBER', 'invalid');
  });
});
