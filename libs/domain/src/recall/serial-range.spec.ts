import { serialInRange, serialRangeProblem } from './serial-range.js';

describe('serial ranges', () => {
  it('all-digit serials compare as numbers', () => {
    expect(serialInRange('150', '99', '1000')).toBe(true);
    expect(serialInRange('1001', '99', '1000')).toBe(false);
    expect(serialInRange('98', '99', '1000')).toBe(false);
    expect(serialInRange('0100', '99', '1000')).toBe(true);
  });

  it('text serials compare as text, and only serials of the bounds length are in range', () => {
    expect(serialInRange('SN-L-0150', 'SN-L-0100', 'SN-L-0199')).toBe(true);
    expect(serialInRange('SN-L-0100', 'SN-L-0100', 'SN-L-0199')).toBe(true);
    expect(serialInRange('SN-L-0199', 'SN-L-0100', 'SN-L-0199')).toBe(true);
    expect(serialInRange('SN-L-0200', 'SN-L-0100', 'SN-L-0199')).toBe(false);
    expect(serialInRange('SN-L-01500', 'SN-L-0100', 'SN-L-0199')).toBe(false);
    expect(serialInRange('SN-L-015', 'SN-L-0100', 'SN-L-0199')).toBe(false);
  });

  it('a missing bound leaves that end open', () => {
    expect(serialInRange('SN-9', null, null)).toBe(true);
    expect(serialInRange('SN-L-9999', 'SN-L-0100', null)).toBe(true);
    expect(serialInRange('SN-L-0001', null, 'SN-L-0100')).toBe(true);
    expect(serialInRange('SN-L-0001', 'SN-L-0100', null)).toBe(false);
  });

  it('a range is well formed when its bounds are of one kind and in order', () => {
    expect(serialRangeProblem('99', '1000')).toBeNull();
    expect(serialRangeProblem('SN-01', 'SN-09')).toBeNull();
    expect(serialRangeProblem('SN-1', 'SN-09')).toMatch(/same length/);
    expect(serialRangeProblem('1000', '99')).toMatch(/after/);
    expect(serialRangeProblem(null, 'X')).toBeNull();
  });
});
