const DIGITS = /^\d+$/;

const compareSerials = (a: string, b: string): number => {
  if (DIGITS.test(a) && DIGITS.test(b)) {
    const [x, y] = [BigInt(a), BigInt(b)];
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return a < b ? -1 : a > b ? 1 : 0;
};

/**
 * Whether a serial number lies in a recall's range. Serial numbers are the makers' text: when the serial and both
 * bounds are all digits they compare as numbers (so 99 < 1000); otherwise they compare as text, and only serials
 * of the bounds' length are in range (`SN-10` is not between `SN-01` and `SN-09` by accident of its length, and
 * `SN-100` is not in `SN-001`…`SN-099`). A missing bound leaves that end open.
 */
export const serialInRange = (serial: string, from: string | null, to: string | null): boolean => {
  for (const bound of [from, to]) {
    if (bound === null) continue;
    const numeric = DIGITS.test(serial) && DIGITS.test(bound);
    if (!numeric && serial.length !== bound.length) return false;
  }
  if (from !== null && compareSerials(serial, from) < 0) return false;
  if (to !== null && compareSerials(serial, to) > 0) return false;
  return true;
};

/** A range is well formed when its bounds are of one kind (both digits, or text of equal length) and in order. */
export const serialRangeProblem = (from: string | null, to: string | null): string | null => {
  if (from === null || to === null) return null;
  const numeric = DIGITS.test(from) && DIGITS.test(to);
  if (!numeric && from.length !== to.length)
    return 'serialFrom and serialTo must both be digits, or text of the same length';
  if (compareSerials(from, to) > 0) return 'serialFrom lies after serialTo';
  return null;
};
